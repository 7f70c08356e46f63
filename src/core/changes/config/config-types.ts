/**
 * The parsed config file (`.github/iam-impact.yml`). See docs/config.md for the format; `parseConfig` turns the YAML
 * into these types, with every value checked, so that the change-set builder never re-validates.
 */
import type { FilePattern } from './file-glob.js';

/** The default place of the config file, relative to the repository root. */
export const DEFAULT_CONFIG_FILE = '.github/iam-impact.yml';

/** The config format version this build reads. */
export const CONFIG_VERSION = 1;

/** What a mapped policy file defines in AWS. */
export type TargetKind =
  'managed-policy' | 'inline-policy' | 'permissions-boundary' | 'trust-policy' | 'scp' | 'rcp' | 'new-scp' | 'new-rcp';

/** Every target kind, in the order the docs and error messages list them. */
export const TARGET_KINDS: readonly TargetKind[] = [
  'managed-policy',
  'inline-policy',
  'permissions-boundary',
  'trust-policy',
  'scp',
  'rcp',
  'new-scp',
  'new-rcp',
];

/**
 * A target field's value, which may use placeholders: `{1}`, `{2}`, … (the captures of the file pattern), `{name}`
 * (the file name without `.json`), `{dir}` (the name of the file's directory) and `{account}` (the config's
 * top-level account).
 */
export interface Template {
  /** The value as written. */
  text: string;
  /** True when the value has placeholders, so it is checked once per matched file rather than when read. */
  dynamic: boolean;
  /** The 1-based line of the value in the config file. */
  line: number;
  /** The field path in the config file, for example `policies[1].principal.name`. */
  path: string;
}

/** A user, group or role a mapping names. */
export type EntityTemplate =
  | {
      form: 'name';
      kind: 'user' | 'group' | 'role';
      name: Template;
      /** The account, when the entry gives one; otherwise the top-level `account`, then the inventory decide. */
      accountId?: string;
    }
  | {
      /** An IAM ARN such as `arn:aws:iam::111122223333:role/ci-deployer`, which gives kind, name and account. */
      form: 'arn';
      arn: Template;
    };

interface MappingBase {
  /** The entry's index in `policies`. */
  index: number;
  /** The 1-based line of the entry in the config file. */
  line: number;
  /** The `file` pattern. */
  file: FilePattern;
  /** `exclude` patterns: files the `file` pattern matches but this entry does not map. */
  exclude: FilePattern[];
}

/** A customer managed policy's document (its default version). */
export interface ManagedPolicyMapping extends MappingBase {
  target: 'managed-policy';
  arn: Template;
}

/** An inline policy of a user, group or role. */
export interface InlinePolicyMapping extends MappingBase {
  target: 'inline-policy';
  principal: EntityTemplate;
  policyName: Template;
}

/** The managed policy a user or role has as its permissions boundary. */
export interface BoundaryMapping extends MappingBase {
  target: 'permissions-boundary';
  principal: EntityTemplate;
  /** The ARN of the boundary policy the file defines. */
  arn: Template;
}

/** A role's trust policy. */
export interface TrustPolicyMapping extends MappingBase {
  target: 'trust-policy';
  role: EntityTemplate;
}

/** An existing SCP or RCP, by id. */
export interface OrgPolicyMapping extends MappingBase {
  target: 'scp' | 'rcp';
  policyId: Template;
}

/** A new SCP or RCP per file, attached to roots, OUs or accounts. */
export interface NewOrgPolicyMapping extends MappingBase {
  target: 'new-scp' | 'new-rcp';
  /** The policy's name (`{name}` when the entry omits it). */
  name: Template;
  /** Root, OU and account ids. */
  attachTo: Template[];
}

/** One entry of `policies`. */
export type PolicyMapping =
  | ManagedPolicyMapping
  | InlinePolicyMapping
  | BoundaryMapping
  | TrustPolicyMapping
  | OrgPolicyMapping
  | NewOrgPolicyMapping;

/** Top-level sections read by later features; kept as they are, with their position. */
export type OpaqueSectionName = 'scenarios' | 'accept' | 'checks' | 'actions' | 'terraform';

/** An opaque section, as plain data, with the means to point at lines inside it. */
export interface ConfigSection {
  /** The section's value as plain data (YAML aliases resolved). */
  value: unknown;
  /** The 1-based line of the section's key. */
  line: number;
  /**
   * The 1-based line of an element inside the section, by path (`['checks', 2, 'name']` is written as `[2, 'name']`
   * here); the nearest existing ancestor's line when the path does not exist.
   */
  lineOf(path: readonly (string | number)[]): number;
}

/** The parsed config file. */
export interface IamImpactConfig {
  /** The file it was read from, as named in errors. */
  file: string;
  /** Always {@link CONFIG_VERSION}. */
  version: number;
  /** The default account of names that do not say theirs. */
  account?: string;
  /** The policy file mappings, in file order. */
  policies: PolicyMapping[];
  /** The sections later features read. */
  sections: Partial<Record<OpaqueSectionName, ConfigSection>>;
}
