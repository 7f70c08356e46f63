/**
 * Builds small synthetic plans in the shape `terraform show -json` writes (format 1.2): resource changes with
 * `before`/`after`/`after_unknown`, a `configuration` with module-relative expressions, and a `prior_state` for
 * data sources read during planning. Also builds inventories through the real snapshot loader.
 */
import { buildInventory, readSnapshot } from '../../../../src/core/inventory/load-snapshot.js';
import type { Inventory } from '../../../../src/core/inventory/types.js';
import type { RawAuthorizationDetails } from '../../../../src/core/inventory/snapshot-format.js';

type Json = Record<string, unknown>;

/** The account of the synthetic plans. */
export const ACCOUNT = '123456789012';

/** A resource change entry. */
export function rc(
  address: string,
  actions: string[],
  before: Json | null,
  after: Json | null,
  afterUnknown: Json = {},
): Json {
  const steps = address.split('.');
  const moduleParts: string[] = [];
  let i = 0;
  while (steps[i] === 'module') {
    moduleParts.push(`module.${steps[i + 1]}`);
    i += 2;
  }
  const mode = steps[i] === 'data' ? 'data' : 'managed';
  if (mode === 'data') i++;
  const type = steps[i];
  const nameWithKey = steps.slice(i + 1).join('.');
  const bracket = nameWithKey.indexOf('[');
  const entry: Json = {
    address,
    mode,
    type,
    name: bracket >= 0 ? nameWithKey.slice(0, bracket) : nameWithKey,
    provider_name: 'registry.terraform.io/hashicorp/aws',
    change: {
      actions,
      before,
      after,
      after_unknown: afterUnknown,
      before_sensitive: before ? {} : false,
      after_sensitive: after ? {} : false,
    },
  };
  if (bracket >= 0) entry.index = JSON.parse(nameWithKey.slice(bracket + 1, -1)) as unknown;
  if (moduleParts.length > 0) entry.module_address = moduleParts.join('.');
  return entry;
}

/** A configuration resource block (module-relative address). */
export function configResource(address: string, expressions: Json): Json {
  const mode = address.startsWith('data.') ? 'data' : 'managed';
  const parts = (mode === 'data' ? address.slice(5) : address).split('.');
  return {
    address,
    mode,
    type: parts[0],
    name: parts[1],
    provider_config_key: 'aws',
    expressions,
    schema_version: 0,
  };
}

/** `{"references": [...]}` as Terraform writes it for `a.b.c`: the reference and its resource prefix. */
export function ref(...references: string[]): Json {
  return { references };
}

/** A whole plan. */
export function plan(options: {
  changes: Json[];
  resources?: Json[];
  moduleCalls?: Json;
  priorState?: Json[];
  variables?: Json;
  formatVersion?: string | null;
}): Json {
  const root: Json = { resources: options.resources ?? [] };
  if (options.moduleCalls) root.module_calls = options.moduleCalls;
  const out: Json = {
    terraform_version: '1.9.5',
    planned_values: { root_module: {} },
    resource_changes: options.changes,
    configuration: {
      provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws' } },
      root_module: root,
    },
  };
  if (options.formatVersion !== null) out.format_version = options.formatVersion ?? '1.2';
  if (options.priorState) {
    out.prior_state = { format_version: '1.0', values: { root_module: { resources: options.priorState } } };
  }
  if (options.variables) out.variables = options.variables;
  return out;
}

/** A JSON policy string with one Allow statement. */
export function allow(action: string, resource = '*'): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: resource }],
  });
}

/** A trust policy string for a service. */
export function trust(service: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  });
}

const trustDocument = JSON.parse(trust('ec2.amazonaws.com')) as unknown;

/** Inventory entities of one account, in `get-account-authorization-details` terms. */
export interface InventorySpec {
  roles?: { name: string; attached?: string[]; inline?: Record<string, string> }[];
  users?: { name: string; groups?: string[]; attached?: string[] }[];
  groups?: { name: string; attached?: string[] }[];
  policies?: { arn: string; document: string }[];
}

/** An inventory of {@link ACCOUNT} built through the snapshot loader. */
export function inventory(spec: InventorySpec = {}, account = ACCOUNT): Inventory {
  const attached = (arns: string[] = []) => arns.map((arn) => ({ PolicyArn: arn, PolicyName: arn.split('/').pop() }));
  const details: RawAuthorizationDetails = {
    RoleDetailList: (spec.roles ?? []).map((r) => ({
      RoleName: r.name,
      Path: '/',
      Arn: `arn:aws:iam::${account}:role/${r.name}`,
      AssumeRolePolicyDocument: trustDocument,
      AttachedManagedPolicies: attached(r.attached),
      RolePolicyList: Object.entries(r.inline ?? {}).map(([name, document]) => ({
        PolicyName: name,
        PolicyDocument: JSON.parse(document) as unknown,
      })),
    })),
    UserDetailList: (spec.users ?? []).map((u) => ({
      UserName: u.name,
      Path: '/',
      Arn: `arn:aws:iam::${account}:user/${u.name}`,
      GroupList: u.groups ?? [],
      AttachedManagedPolicies: attached(u.attached),
    })),
    GroupDetailList: (spec.groups ?? []).map((g) => ({
      GroupName: g.name,
      Path: '/',
      Arn: `arn:aws:iam::${account}:group/${g.name}`,
      AttachedManagedPolicies: attached(g.attached),
    })),
    Policies: (spec.policies ?? []).map((p) => ({
      PolicyName: p.arn.split('/').pop() ?? 'p',
      Arn: p.arn,
      Path: '/',
      DefaultVersionId: 'v1',
      PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: JSON.parse(p.document) as unknown }],
    })),
  };
  const snapshot = { format: 'iam-impact-snapshot', version: 1, accounts: { [account]: details } };
  return buildInventory([readSnapshot(snapshot, 'inventory.json')]);
}
