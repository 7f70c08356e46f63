/**
 * Builds the change set of the policy files the config maps: each mapped file at the base revision is the
 * "before", the same file in the working tree the "after". Files equal after parsing (whitespace, key order,
 * `"Action": "x"` against `["x"]`) are no change. When an inventory is given, the live document of each target is
 * compared with the base file, and every difference is reported as a `drift` warning rather than hidden.
 */
import { UserError } from '../../errors.js';
import type { Group, Inventory, OrgPolicy, OrgPolicyType, Role, User } from '../../inventory/types.js';
import { documentFingerprint } from '../../policy/serialize-policy.js';
import type { PolicyDocument, PolicyKind } from '../../policy/types.js';
import type {
  BoundaryChange,
  Change,
  ChangeSet,
  ChangeSource,
  ChangeWarning,
  DocumentValue,
  EntityRef,
  OrgPolicyDocumentChange,
  Unknown,
} from '../change-set.js';
import { isUnknown } from '../change-set.js';
import type { IamImpactConfig, PolicyMapping } from './config-types.js';
import type { FileSnapshot } from './file-snapshot.js';
import { matchFilePattern } from './file-glob.js';
import { documentLine, PolicyFileError, readPolicyFile } from './read-policy-file.js';
import { resolveTarget, type ResolvedTarget } from './resolve-target.js';

/** The input of {@link readPolicyFileChanges}. */
export interface PolicyFileChangesInput {
  /** The parsed config. */
  config: IamImpactConfig;
  /** The config file's repository-relative path, as named in errors. */
  configFile: string;
  /** The files at the base revision. */
  base: FileSnapshot;
  /** The files of the working tree (the head). */
  head: FileSnapshot;
  /** What exists now, for drift warnings and to find the account of names that do not say it. */
  inventory?: Inventory;
}

/** One file a mapping matches. */
interface MappedFile {
  mapping: PolicyMapping;
  path: string;
  captures: string[];
}

/** The live document of a target, or why the inventory does not have it. */
type Live = { document: PolicyDocument; name?: string; id?: string } | { missing: string };

const POLICY_KIND: Record<PolicyMapping['target'], PolicyKind> = {
  'managed-policy': 'identity',
  'inline-policy': 'identity',
  'permissions-boundary': 'permissionsBoundary',
  'trust-policy': 'trust',
  scp: 'scp',
  rcp: 'rcp',
  'new-scp': 'scp',
  'new-rcp': 'rcp',
};

const ORG_LABEL: Record<OrgPolicyType, string> = { SERVICE_CONTROL_POLICY: 'SCP', RESOURCE_CONTROL_POLICY: 'RCP' };

function entityLabel(entity: EntityRef): string {
  return `${entity.kind} ${entity.name}${entity.accountId ? ` in ${entity.accountId}` : ''}`;
}

/** Finds which mapping maps each file of either revision; two mappings for one file is an error. */
function mappedFiles(input: PolicyFileChangesInput): MappedFile[] {
  const paths = [...new Set([...input.base.list(), ...input.head.list()])].sort();
  const byMapping = new Map<PolicyMapping, MappedFile[]>();
  for (const path of paths) {
    const matches: MappedFile[] = [];
    for (const mapping of input.config.policies) {
      const captures = matchFilePattern(mapping.file, path);
      if (captures && !mapping.exclude.some((x) => matchFilePattern(x, path)))
        matches.push({ mapping, path, captures });
    }
    if (matches.length > 1) {
      const [a, b] = matches;
      throw new UserError(
        `${input.configFile}:${b.mapping.line}: policies[${b.mapping.index}].file: ${path} is matched by policies[${a.mapping.index}] (line ${a.mapping.line}) too; a file may be mapped once`,
        `narrow one of the globs, or add exclude: [${path}] to one of the entries`,
      );
    }
    if (matches.length === 1) {
      const list = byMapping.get(matches[0].mapping) ?? [];
      list.push(matches[0]);
      byMapping.set(matches[0].mapping, list);
    }
  }
  return input.config.policies.flatMap((m) => byMapping.get(m) ?? []);
}

/** Reads the live documents of targets from the inventory. */
class LiveLookup {
  constructor(readonly inventory: Inventory) {}

  private accountMissing(accountId: string | undefined): string | undefined {
    if (accountId === undefined) return 'no account is given for it and no inventory account has it';
    return this.inventory.accounts.has(accountId) ? undefined : `account ${accountId} is not in the inventory`;
  }

  managedPolicy(arn: string, accountId: string): Live {
    const policy = this.inventory.managedPolicies.get(arn);
    if (policy) return { document: policy.document };
    return { missing: this.accountMissing(accountId) ?? 'no such policy' };
  }

  entity(ref: EntityRef): { entity: User | Group | Role } | { missing: string } {
    const account = ref.accountId === undefined ? undefined : this.inventory.accounts.get(ref.accountId);
    if (!account) return { missing: this.accountMissing(ref.accountId) as string };
    const entities: Map<string, User | Group | Role> =
      ref.kind === 'user' ? account.users : ref.kind === 'group' ? account.groups : account.roles;
    const entity = entities.get(ref.name);
    return entity ? { entity } : { missing: `no ${ref.kind} ${ref.name}` };
  }

  inlinePolicy(ref: EntityRef, policyName: string): Live {
    const found = this.entity(ref);
    if ('missing' in found) return found;
    const policy = found.entity.inlinePolicies.find((p) => p.name === policyName);
    return policy ? { document: policy.document } : { missing: `${ref.kind} ${ref.name} has no such inline policy` };
  }

  trustPolicy(ref: EntityRef): Live {
    const found = this.entity(ref);
    if ('missing' in found) return found;
    return { document: (found.entity as Role).trustPolicy };
  }

  orgPolicies(): OrgPolicy[] | { missing: string } {
    const org = this.inventory.organization;
    return org ? org.policies : { missing: 'the inventory has no organization data' };
  }

  orgPolicy(id: string): (Live & { type?: OrgPolicyType }) | { missing: string } {
    const policies = this.orgPolicies();
    if (!Array.isArray(policies)) return policies;
    const policy = policies.find((p) => p.id === id);
    return policy
      ? { document: policy.document, name: policy.name, id: policy.id, type: policy.type }
      : { missing: 'the organization has no such policy' };
  }

  orgPolicyNamed(name: string, type: OrgPolicyType): Live {
    const policies = this.orgPolicies();
    if (!Array.isArray(policies)) return policies;
    const policy = policies.find((p) => p.name === name && p.type === type);
    return policy
      ? { document: policy.document, name: policy.name, id: policy.id }
      : { missing: `the organization has no ${ORG_LABEL[type]} named "${name}"` };
  }
}

/** The two sides of one mapped file, parsed. */
interface Sides {
  path: string;
  source: ChangeSource;
  /** The base document; `Unknown` when the base file is not a valid policy. Absent: no base file. */
  base?: PolicyDocument | Unknown;
  /** The head document. Absent: no head file. */
  head?: PolicyDocument;
}

class Builder {
  readonly changes: Change[] = [];
  readonly warnings: ChangeWarning[] = [];
  readonly live?: LiveLookup;

  constructor(readonly input: PolicyFileChangesInput) {
    if (input.inventory) this.live = new LiveLookup(input.inventory);
  }

  warn(kind: string, message: string, source: ChangeSource): void {
    this.warnings.push({ kind, message, source });
  }

  /** Reads both sides of a file; undefined when neither revision can give its text. */
  sides(file: MappedFile): Sides | undefined {
    const { path, mapping } = file;
    const baseText = this.input.base.read(path);
    const headText = this.input.head.read(path);
    if (baseText === undefined && headText === undefined) return undefined;
    const kind = POLICY_KIND[mapping.target];
    const text = (headText ?? baseText) as string;
    const sides: Sides = { path, source: { origin: 'policy-file', file: path, line: documentLine(text) } };
    if (headText !== undefined) sides.head = readPolicyFile(headText, path, kind);
    if (baseText !== undefined) {
      try {
        sides.base = readPolicyFile(baseText, path, kind);
      } catch (error) {
        if (!(error instanceof PolicyFileError)) throw error;
        // The pull request may be the fix: the run goes on, and everything the file governs is reported unknown.
        const reason = `${path} at the base revision is not a valid policy (line ${error.line}: ${error.problem})`;
        sides.base = { unknown: reason };
        this.warn('invalid-base-file', `${reason}; its before is unknown`, sides.source);
      }
    }
    return sides;
  }

  /**
   * The before and after of a target whose live document the inventory may hold, with drift warnings. Returns
   * undefined when nothing changes.
   */
  compare(
    sides: Sides,
    target: string,
    live: Live | undefined,
  ): { before?: DocumentValue; after?: DocumentValue } | undefined {
    const { base, head, path, source } = sides;
    let before: DocumentValue | undefined = base;
    if (live && base !== undefined) {
      if ('missing' in live) {
        this.warn(
          'drift',
          `${target} is not in the inventory (${live.missing}), but ${path} exists at the base revision; the comparison uses the base file as before`,
          source,
        );
      } else if (!isUnknown(base) && documentFingerprint(base) !== documentFingerprint(live.document)) {
        this.warn(
          'drift',
          `${target} in AWS differs from ${path} at the base revision; the comparison uses the base file as before`,
          source,
        );
      }
    } else if (live && base === undefined && !('missing' in live)) {
      // Adding a file for a target that exists is not a creation: what exists now is the before.
      this.warn(
        'drift',
        `${target} exists in AWS, but ${path} is not at the base revision; the comparison uses the document in AWS as before`,
        source,
      );
      before = live.document;
    }
    if (before === undefined && head === undefined) return undefined;
    if (
      before !== undefined &&
      head !== undefined &&
      !isUnknown(before) &&
      documentFingerprint(before) === documentFingerprint(head)
    )
      return undefined;
    return documents({ before, after: head });
  }

  add(file: MappedFile): void {
    const sides = this.sides(file);
    if (!sides) return;
    const target = resolveTarget(file.mapping, {
      config: this.input.config,
      configFile: this.input.configFile,
      inventory: this.input.inventory,
      path: file.path,
      captures: file.captures,
    });
    const { source } = sides;
    switch (target.kind) {
      case 'managed-policy': {
        const diff = this.compare(sides, target.arn, this.live?.managedPolicy(target.arn, target.accountId));
        if (diff) {
          this.changes.push({
            kind: 'managed-policy',
            source,
            policyArn: target.arn,
            policyName: target.policyName,
            ...documents(diff),
          });
        }
        return;
      }
      case 'inline-policy': {
        const label = `inline policy ${target.policyName} of ${entityLabel(target.entity)}`;
        const diff = this.compare(sides, label, this.live?.inlinePolicy(target.entity, target.policyName));
        if (diff) {
          this.changes.push({
            kind: 'inline-policy',
            source,
            entity: target.entity,
            policyName: target.policyName,
            ...documents(diff),
          });
        }
        return;
      }
      case 'trust-policy': {
        const label = `the trust policy of ${entityLabel(target.role)}`;
        const diff = this.compare(sides, label, this.live?.trustPolicy(target.role));
        if (diff) this.changes.push({ kind: 'trust-policy', source, role: target.role, ...documents(diff) });
        return;
      }
      case 'permissions-boundary':
        this.addBoundary(sides, target);
        return;
      case 'org-policy':
        this.addOrgPolicy(sides, target, file.mapping);
        return;
      case 'new-org-policy':
        this.addNewOrgPolicy(sides, target);
        return;
    }
  }

  /**
   * A boundary file defines the document of a managed policy, which the mapped principal has as its boundary. A
   * changed file is a change of that policy's document (which governs every principal that has it as boundary or
   * attached); an added file also sets the principal's boundary, a deleted one also removes it.
   */
  addBoundary(sides: Sides, target: Extract<ResolvedTarget, { kind: 'permissions-boundary' }>): void {
    const { source, path } = sides;
    const diff = this.compare(sides, target.arn, this.live?.managedPolicy(target.arn, target.policyAccountId));
    const documentChange: Change | undefined = diff && {
      kind: 'managed-policy',
      source,
      policyArn: target.arn,
      policyName: target.policyName,
      ...documents(diff),
    };
    const label = entityLabel(target.entity);
    const found = this.live?.entity(target.entity);
    const current: string | undefined | Unknown =
      found === undefined
        ? { unknown: `the permissions boundary of ${label} is not known without an inventory` }
        : 'missing' in found
          ? { unknown: `${label} is not in the inventory (${found.missing})` }
          : (found.entity as User | Role).permissionsBoundaryArn;

    if (sides.base === undefined && sides.head !== undefined) {
      if (documentChange) this.changes.push(documentChange);
      if (current !== target.arn) {
        const change: BoundaryChange = {
          kind: 'permissions-boundary',
          source,
          entity: target.entity,
          after: target.arn,
          afterDocument: sides.head,
        };
        if (current !== undefined) change.before = current;
        this.changes.push(change);
      }
      return;
    }
    if (found && !('missing' in found) && current !== target.arn) {
      this.warn(
        'drift',
        `${label} in AWS has ${current === undefined ? 'no permissions boundary' : `the permissions boundary ${String(current)}`}, but ${path} at the base revision sets ${target.arn}; the comparison uses the base file as before`,
        source,
      );
    }
    if (sides.head === undefined) {
      this.changes.push({ kind: 'permissions-boundary', source, entity: target.entity, before: target.arn });
    }
    if (documentChange) this.changes.push(documentChange);
  }

  addOrgPolicy(sides: Sides, target: Extract<ResolvedTarget, { kind: 'org-policy' }>, mapping: PolicyMapping): void {
    const live = this.live?.orgPolicy(target.policyId);
    if (live && 'type' in live && live.type !== target.policyType) {
      const line = mapping.target === 'scp' || mapping.target === 'rcp' ? mapping.policyId.line : mapping.line;
      throw new UserError(
        `${this.input.configFile}:${line}: policies[${mapping.index}].policy-id: ${target.policyId} is an ${ORG_LABEL[live.type as OrgPolicyType]} in the inventory, but the entry maps ${sides.path} as an ${ORG_LABEL[target.policyType]}`,
        `use target: ${live.type === 'SERVICE_CONTROL_POLICY' ? 'scp' : 'rcp'}`,
      );
    }
    const name = live && 'name' in live ? live.name : undefined;
    const label = `${ORG_LABEL[target.policyType]} ${target.policyId}${name ? ` (${name})` : ''}`;
    const diff = this.compare(sides, label, live);
    if (!diff) return;
    const change: OrgPolicyDocumentChange = {
      kind: 'org-policy',
      source: sides.source,
      policyType: target.policyType,
      policyId: target.policyId,
      ...documents(diff),
    };
    if (name) change.policyName = name;
    this.changes.push(change);
  }

  addNewOrgPolicy(sides: Sides, target: Extract<ResolvedTarget, { kind: 'new-org-policy' }>): void {
    const type = ORG_LABEL[target.policyType];
    const live = this.live?.orgPolicyNamed(target.name, target.policyType);
    const diff = this.compare(sides, `${type} "${target.name}"`, live);
    if (!diff) return;
    const { source, path } = sides;
    if (diff.before === undefined && diff.after !== undefined) {
      this.checkTargets(target.attachTo, source);
      this.changes.push({
        kind: 'org-policy-created',
        source,
        policyType: target.policyType,
        policyId: `new:policy-file:${path}`,
        policyName: target.name,
        after: diff.after,
        targets: target.attachTo,
      });
      return;
    }
    // The file existed before: the policy was created when it merged, and is now changed or deleted.
    let policyId: string | Unknown;
    if (live && !('missing' in live) && live.id) policyId = live.id;
    else if (live && 'missing' in live)
      policyId = { unknown: `the id of ${type} "${target.name}" is not known: ${live.missing}` };
    else policyId = { unknown: `the id of ${type} "${target.name}" is not known without an inventory` };
    this.changes.push({
      kind: 'org-policy',
      source,
      policyType: target.policyType,
      policyId,
      policyName: target.name,
      ...documents(diff),
    });
  }

  /** Warns about attach-to ids the inventory's organization does not have. */
  checkTargets(targets: readonly string[], source: ChangeSource): void {
    const org = this.input.inventory?.organization;
    if (!org) return;
    const known = new Set([
      ...org.roots.map((r) => r.id),
      ...org.organizationalUnits.map((o) => o.id),
      ...org.accounts.map((a) => a.id),
    ]);
    for (const id of targets) {
      if (!known.has(id)) {
        this.warn(
          'unknown-target',
          `${id} (attach-to of ${source.file}) is not a root, OU or account of the organization in the inventory`,
          source,
        );
      }
    }
  }
}

function documents(diff: { before?: DocumentValue; after?: DocumentValue }): {
  before?: DocumentValue;
  after?: DocumentValue;
} {
  const out: { before?: DocumentValue; after?: DocumentValue } = {};
  if (diff.before !== undefined) out.before = diff.before;
  if (diff.after !== undefined) out.after = diff.after;
  return out;
}

/**
 * The change set of the mapped policy files between the base revision and the working tree. Throws
 * {@link UserError} when a mapped file in the working tree is not a valid policy (naming the file, the line and
 * the JSON path), when a file is mapped twice, or when a mapping's target cannot be derived for a file.
 */
export function readPolicyFileChanges(input: PolicyFileChangesInput): ChangeSet {
  const builder = new Builder(input);
  for (const file of mappedFiles(input)) builder.add(file);
  return { changes: builder.changes, warnings: builder.warnings };
}
