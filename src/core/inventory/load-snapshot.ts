/**
 * Loads snapshot files (see snapshot-format.ts) into the normalized {@link Inventory}. Every file is validated
 * with errors that name the file and the JSON path, and files may be mixed freely: several accounts' authorization
 * details, one organization snapshot, full snapshots. Conflicts (the same account twice, two organizations, one
 * managed policy with two different default documents) are errors, not silent overwrites.
 */
import { PolicyValidationError, UserError } from '../errors.js';
import { parseArn } from '../evaluate/arn.js';
import { parsePolicyDocument } from '../policy/parse-policy.js';
import type { PolicyDocument, PolicyKind } from '../policy/types.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './snapshot-format.js';
import type {
  AccountInventory,
  Group,
  InlinePolicy,
  Inventory,
  ManagedPolicy,
  OrgPolicy,
  OrgPolicyType,
  Organization,
  Role,
  User,
} from './types.js';

/** What one file contributed, validated and normalized. */
export interface SnapshotPart {
  /** The file, as named in errors. */
  source: string;
  /** Which format the file is in. */
  kind: 'authorization-details' | 'organization' | 'full';
  /** The organization, when the file has one. */
  organization?: Organization;
  /** The accounts whose IAM content the file holds. */
  accounts: AccountInventory[];
  /** The managed policies the file holds, by ARN. */
  managedPolicies: Map<string, ManagedPolicy>;
}

type Json = Record<string, unknown>;

const ACCOUNT_ID = /^\d{12}$/;
const ORG_POLICY_TYPES: readonly OrgPolicyType[] = ['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY'];

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads one file's JSON, failing with the file and the JSON path. */
class Reader {
  constructor(readonly source: string) {}

  fail(path: string, problem: string, hint?: string): never {
    throw new UserError(`${this.source}: ${path ? `${path}: ` : ''}${problem}`, hint);
  }

  object(value: unknown, path: string): Json {
    if (!isObject(value)) this.fail(path, `must be an object, got ${describe(value)}`);
    return value;
  }

  array(value: unknown, path: string, optional = false): unknown[] {
    if (value === undefined && optional) return [];
    if (!Array.isArray(value)) this.fail(path, `must be an array, got ${describe(value)}`);
    return value;
  }

  string(value: unknown, path: string): string {
    if (typeof value !== 'string' || value.length === 0)
      this.fail(path, `must be a non-empty string, got ${describe(value)}`);
    return value;
  }

  optionalString(value: unknown, path: string): string | undefined {
    return value === undefined || value === null ? undefined : this.string(value, path);
  }

  accountId(value: unknown, path: string): string {
    const id = this.string(value, path);
    if (!ACCOUNT_ID.test(id)) this.fail(path, `"${id}" is not a 12-digit account id`);
    return id;
  }

  document(value: unknown, path: string, kind: PolicyKind): PolicyDocument {
    if (value === undefined || value === null) this.fail(path, 'is missing');
    try {
      return parsePolicyDocument(value, { kind });
    } catch (error) {
      if (error instanceof PolicyValidationError) {
        this.fail(
          error.path ? `${path}.${error.path}` : path,
          error.message.slice(error.path ? error.path.length + 2 : 0),
          error.hint,
        );
      }
      throw error;
    }
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

/** A date as ISO 8601: the AWS CLI writes `2023-03-09 10:41:45+00:00`, the SDK `2023-03-09T10:41:45.000Z`. */
function isoDate(text: string): string {
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : new Date(time).toISOString();
}

function inlinePolicies(r: Reader, value: unknown, path: string): InlinePolicy[] {
  return r.array(value, path, true).map((raw, i) => {
    const p = r.object(raw, `${path}[${i}]`);
    return {
      name: r.string(p.PolicyName, `${path}[${i}].PolicyName`),
      document: r.document(p.PolicyDocument, `${path}[${i}].PolicyDocument`, 'identity'),
    };
  });
}

function attachedArns(r: Reader, value: unknown, path: string): string[] {
  return r
    .array(value, path, true)
    .map((raw, i) => r.string(r.object(raw, `${path}[${i}]`).PolicyArn, `${path}[${i}].PolicyArn`));
}

function tags(r: Reader, value: unknown, path: string): Record<string, string> {
  // No prototype: "__proto__" is a valid tag key and must be kept like any other.
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  r.array(value, path, true).forEach((raw, i) => {
    const t = r.object(raw, `${path}[${i}]`);
    const key = r.string(t.Key, `${path}[${i}].Key`);
    if (typeof t.Value !== 'string') r.fail(`${path}[${i}].Value`, 'must be a string');
    out[key] = t.Value;
  });
  return out;
}

function boundary(r: Reader, value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  return r.string(r.object(value, path).PermissionsBoundaryArn, `${path}.PermissionsBoundaryArn`);
}

/** The account an IAM ARN belongs to, or `aws` for AWS managed policies. */
function arnAccount(r: Reader, arn: string, path: string, resourcePrefix: string): string {
  const parsed = parseArn(arn);
  if (!parsed || parsed.service !== 'iam' || !parsed.resource.startsWith(resourcePrefix)) {
    r.fail(path, `"${arn}" is not an IAM ${resourcePrefix.replace('/', '')} ARN`);
  }
  return parsed.account;
}

interface AuthorizationRead {
  accounts: AccountInventory[];
  managedPolicies: Map<string, ManagedPolicy>;
}

/**
 * Reads a `Policies` list (or a full snapshot's shared `awsManagedPolicies`), taking each policy's default version.
 * `onCustomerPolicy` is told of customer managed policies, whose ARN names their account.
 */
function readManagedPolicies(
  r: Reader,
  value: unknown,
  listPath: string,
  cache: PolicyCache,
  onCustomerPolicy: (arn: string, path: string) => void,
): Map<string, ManagedPolicy> {
  const managedPolicies = new Map<string, ManagedPolicy>();
  r.array(value, listPath, true).forEach((rawPolicy, i) => {
    const p = `${listPath}[${i}]`;
    const m = r.object(rawPolicy, p);
    const arn = r.string(m.Arn, `${p}.Arn`);
    const owner = arnAccount(r, arn, `${p}.Arn`, 'policy/');
    if (owner !== 'aws') onCustomerPolicy(arn, `${p}.Arn`);
    const versions = r.array(m.PolicyVersionList, `${p}.PolicyVersionList`);
    const defaultId = r.optionalString(m.DefaultVersionId, `${p}.DefaultVersionId`);
    // Every account's export repeats the AWS managed policies it uses. Their versions are immutable, so an ARN and
    // version id already parsed name the same document, and it is parsed once however many accounts hold it.
    const known = owner === 'aws' && defaultId !== undefined ? cache.get(arn) : undefined;
    if (known && known.defaultVersionId === defaultId) {
      managedPolicies.set(arn, known);
      return;
    }
    const index = versions.findIndex(
      (v) => isObject(v) && (v.IsDefaultVersion === true || (defaultId !== undefined && v.VersionId === defaultId)),
    );
    if (index < 0)
      r.fail(
        `${p}.PolicyVersionList`,
        'has no default version',
        'the export must include the default version of each policy',
      );
    const version = r.object(versions[index], `${p}.PolicyVersionList[${index}]`);
    const policy: ManagedPolicy = {
      arn,
      name: r.string(m.PolicyName, `${p}.PolicyName`),
      path: r.optionalString(m.Path, `${p}.Path`) ?? '/',
      defaultVersionId: defaultId ?? r.string(version.VersionId, `${p}.PolicyVersionList[${index}].VersionId`),
      document: r.document(version.Document, `${p}.PolicyVersionList[${index}].Document`, 'identity'),
      awsManaged: owner === 'aws',
    };
    managedPolicies.set(arn, policy);
    if (policy.awsManaged && !cache.has(arn)) cache.set(arn, policy);
  });

  return managedPolicies;
}

/**
 * Normalizes `get-account-authorization-details` output. Each entity goes to the account of its ARN: one export
 * holds one account, but spliced exports (such as published samples) hold several, and they load as several.
 */
function readAuthorizationDetails(
  r: Reader,
  raw: unknown,
  path: string,
  cache: PolicyCache,
  expectedAccount?: string,
): AuthorizationRead {
  const d = r.object(raw, path);
  const at = (p: string) => (path ? `${path}.${p}` : p);
  const byAccount = new Map<string, AccountInventory>();
  const accountOf = (arn: string, p: string, prefix: string): AccountInventory => {
    const id = arnAccount(r, arn, p, prefix);
    if (expectedAccount && id !== expectedAccount)
      r.fail(p, `is in account ${id}, but this list is for account ${expectedAccount}`);
    let account = byAccount.get(id);
    if (!account) {
      account = { accountId: id, users: new Map(), groups: new Map(), roles: new Map() };
      byAccount.set(id, account);
    }
    return account;
  };

  /** The fields users, groups and roles share, read from `${kind}DetailList[i]`. */
  const entity = (raw: unknown, p: string, kind: 'User' | 'Group' | 'Role') => {
    const fields = r.object(raw, p);
    const arn = r.string(fields.Arn, `${p}.Arn`);
    const account = accountOf(arn, `${p}.Arn`, `${kind.toLowerCase()}/`);
    const base: User | Group | Role = {
      arn,
      name: r.string(fields[`${kind}Name`], `${p}.${kind}Name`),
      path: r.optionalString(fields.Path, `${p}.Path`) ?? '/',
      inlinePolicies: inlinePolicies(r, fields[`${kind}PolicyList`], `${p}.${kind}PolicyList`),
      attachedPolicyArns: attachedArns(r, fields.AttachedManagedPolicies, `${p}.AttachedManagedPolicies`),
    } as User | Group | Role;
    const id = r.optionalString(fields[`${kind}Id`], `${p}.${kind}Id`);
    if (id) base.id = id;
    const map = (kind === 'User' ? account.users : kind === 'Group' ? account.groups : account.roles) as Map<
      string,
      unknown
    >;
    if (map.has(base.name)) r.fail(p, `${kind.toLowerCase()} "${base.name}" is listed twice`);
    return { fields, base, map };
  };

  r.array(d.UserDetailList, at('UserDetailList'), true).forEach((rawUser, i) => {
    const p = at(`UserDetailList[${i}]`);
    const { fields: u, base, map } = entity(rawUser, p, 'User');
    const user: User = {
      ...base,
      groupNames: r.array(u.GroupList, `${p}.GroupList`, true).map((g, j) => r.string(g, `${p}.GroupList[${j}]`)),
      tags: tags(r, u.Tags, `${p}.Tags`),
    };
    const b = boundary(r, u.PermissionsBoundary, `${p}.PermissionsBoundary`);
    if (b) user.permissionsBoundaryArn = b;
    map.set(user.name, user);
  });

  r.array(d.GroupDetailList, at('GroupDetailList'), true).forEach((rawGroup, i) => {
    const { base, map } = entity(rawGroup, at(`GroupDetailList[${i}]`), 'Group');
    map.set(base.name, base);
  });

  r.array(d.RoleDetailList, at('RoleDetailList'), true).forEach((rawRole, i) => {
    const p = at(`RoleDetailList[${i}]`);
    const { fields: ro, base, map } = entity(rawRole, p, 'Role');
    const role: Role = {
      ...base,
      tags: tags(r, ro.Tags, `${p}.Tags`),
      trustPolicy: r.document(ro.AssumeRolePolicyDocument, `${p}.AssumeRolePolicyDocument`, 'trust'),
      serviceLinked: base.path.startsWith('/aws-service-role/'),
    };
    const b = boundary(r, ro.PermissionsBoundary, `${p}.PermissionsBoundary`);
    if (b) role.permissionsBoundaryArn = b;
    if (isObject(ro.RoleLastUsed)) {
      const lastUsed: { date?: string; region?: string } = {};
      const date = r.optionalString(ro.RoleLastUsed.LastUsedDate, `${p}.RoleLastUsed.LastUsedDate`);
      const region = r.optionalString(ro.RoleLastUsed.Region, `${p}.RoleLastUsed.Region`);
      if (date) lastUsed.date = isoDate(date);
      if (region) lastUsed.region = region;
      if (date || region) role.lastUsed = lastUsed;
    }
    map.set(role.name, role);
  });

  const managedPolicies = readManagedPolicies(r, d.Policies, at('Policies'), cache, (arn, p) =>
    accountOf(arn, p, 'policy/'),
  );
  return { accounts: [...byAccount.values()].sort((a, b) => a.accountId.localeCompare(b.accountId)), managedPolicies };
}

/** Normalizes an organization snapshot. */
function readOrganization(r: Reader, raw: unknown, path: string): Organization {
  const o = r.object(raw, path);
  const at = (p: string) => `${path}.${p}`;
  const roots = r.array(o.roots, at('roots')).map((rawRoot, i) => {
    const x = r.object(rawRoot, at(`roots[${i}]`));
    const root: { id: string; name?: string } = { id: r.string(x.Id, at(`roots[${i}].Id`)) };
    const name = r.optionalString(x.Name, at(`roots[${i}].Name`));
    if (name) root.name = name;
    return root;
  });
  if (roots.length === 0) r.fail(at('roots'), 'is empty', 'an organization has one root');
  const organizationalUnits = r.array(o.organizationalUnits, at('organizationalUnits'), true).map((rawOu, i) => {
    const x = r.object(rawOu, at(`organizationalUnits[${i}]`));
    return {
      id: r.string(x.Id, at(`organizationalUnits[${i}].Id`)),
      name: r.string(x.Name, at(`organizationalUnits[${i}].Name`)),
      parentId: r.string(x.ParentId, at(`organizationalUnits[${i}].ParentId`)),
    };
  });
  const accounts = r.array(o.accounts, at('accounts')).map((rawAccount, i) => {
    const x = r.object(rawAccount, at(`accounts[${i}]`));
    return {
      id: r.accountId(x.Id, at(`accounts[${i}].Id`)),
      name: r.string(x.Name, at(`accounts[${i}].Name`)),
      parentId: r.string(x.ParentId, at(`accounts[${i}].ParentId`)),
    };
  });
  const managementAccountId = r.accountId(o.managementAccountId, at('managementAccountId'));

  const containers = new Set([...roots.map((x) => x.id), ...organizationalUnits.map((x) => x.id)]);
  const targets = new Set([...containers, ...accounts.map((a) => a.id)]);
  organizationalUnits.forEach((ou, i) => {
    if (!containers.has(ou.parentId))
      r.fail(at(`organizationalUnits[${i}].ParentId`), `"${ou.parentId}" is not a root or OU of this organization`);
  });
  accounts.forEach((a, i) => {
    if (!containers.has(a.parentId))
      r.fail(at(`accounts[${i}].ParentId`), `"${a.parentId}" is not a root or OU of this organization`);
  });
  if (!accounts.some((a) => a.id === managementAccountId)) {
    r.fail(at('managementAccountId'), `${managementAccountId} is not one of the organization's accounts`);
  }
  // A cycle among OUs would make every SCP path walk forever.
  const parentOf = new Map(organizationalUnits.map((ou) => [ou.id, ou.parentId]));
  organizationalUnits.forEach((ou, i) => {
    let hops = 0;
    for (let id: string | undefined = ou.id; id && parentOf.has(id); id = parentOf.get(id)) {
      if (++hops > organizationalUnits.length)
        r.fail(at(`organizationalUnits[${i}]`), `OU ${ou.id} is its own ancestor`);
    }
  });

  const policies: OrgPolicy[] = [];
  r.array(o.policies, at('policies'), true).forEach((rawPolicy, i) => {
    const p = at(`policies[${i}]`);
    const x = r.object(rawPolicy, p);
    const type = r.string(x.Type, `${p}.Type`);
    // Tag, backup and other management policy types do not take part in authorization.
    if (!ORG_POLICY_TYPES.includes(type as OrgPolicyType)) return;
    const policyTargets = r.array(x.Targets, `${p}.Targets`).map((t, j) => {
      const id = r.string(t, `${p}.Targets[${j}]`);
      if (!targets.has(id)) r.fail(`${p}.Targets[${j}]`, `"${id}" is not a root, OU or account of this organization`);
      return id;
    });
    if (x.AwsManaged !== undefined && typeof x.AwsManaged !== 'boolean')
      r.fail(`${p}.AwsManaged`, 'must be true or false');
    policies.push({
      id: r.string(x.Id, `${p}.Id`),
      name: r.string(x.Name, `${p}.Name`),
      type: type as OrgPolicyType,
      awsManaged: x.AwsManaged === true,
      document: r.document(x.Content, `${p}.Content`, type === 'SERVICE_CONTROL_POLICY' ? 'scp' : 'rcp'),
      targets: policyTargets,
    });
  });
  // Canonical order: a live read walks the tree breadth-first, files list things as their authors did.
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  for (const policy of policies) policy.targets = [...new Set(policy.targets)].sort();
  return {
    managementAccountId,
    roots: roots.sort(byId),
    organizationalUnits: organizationalUnits.sort(byId),
    accounts: accounts.sort(byId),
    policies: policies.sort(byId),
  };
}

const AUTH_DETAIL_KEYS = ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'];

/**
 * AWS managed policies already parsed, by ARN. Pass one cache to every {@link readSnapshot} call of a load so that
 * each AWS managed policy version is parsed once.
 */
export type PolicyCache = Map<string, ManagedPolicy>;

/**
 * Validates and normalizes one snapshot file's JSON. `source` names the file in errors.
 */
export function readSnapshot(json: unknown, source: string, cache: PolicyCache = new Map()): SnapshotPart {
  const r: Reader = new Reader(source);
  if (!isObject(json)) r.fail('', `must be a JSON object, got ${describe(json)}`);
  if (json.format !== undefined || json.accounts !== undefined) {
    if (json.format !== SNAPSHOT_FORMAT)
      r.fail('format', `must be "${SNAPSHOT_FORMAT}"`, 'write full snapshots with iam-impact snapshot --out FILE');
    if (json.version !== SNAPSHOT_VERSION) {
      r.fail(
        'version',
        `this build reads version ${SNAPSHOT_VERSION}, got ${describe(json.version)}`,
        'take the snapshot again with this version of iam-impact',
      );
    }
    const accountsObject = r.object(json.accounts, 'accounts');
    const managedPolicies = new Map<string, ManagedPolicy>();
    const accounts: AccountInventory[] = [];
    if (json.awsManagedPolicies !== undefined) {
      const shared = readManagedPolicies(r, json.awsManagedPolicies, 'awsManagedPolicies', cache, (arn, path) =>
        r.fail(path, `${arn} is a customer managed policy`, "list it in its account's Policies"),
      );
      for (const [arn, policy] of shared) managedPolicies.set(arn, policy);
    }
    for (const [id, details] of Object.entries(accountsObject)) {
      const path = `accounts.${id}`;
      if (!ACCOUNT_ID.test(id)) r.fail(path, `"${id}" is not a 12-digit account id`);
      const read = readAuthorizationDetails(r, details, path, cache, id);
      mergePolicies(managedPolicies, read.managedPolicies, source, source);
      accounts.push(read.accounts[0] ?? { accountId: id, users: new Map(), groups: new Map(), roles: new Map() });
    }
    const part: SnapshotPart = { source, kind: 'full', accounts, managedPolicies };
    if (json.organization !== undefined) part.organization = readOrganization(r, json.organization, 'organization');
    return part;
  }
  if (json.organization !== undefined) {
    return {
      source,
      kind: 'organization',
      organization: readOrganization(r, json.organization, 'organization'),
      accounts: [],
      managedPolicies: new Map(),
    };
  }
  if (AUTH_DETAIL_KEYS.some((k) => k in json)) {
    const read = readAuthorizationDetails(r, json, '', cache);
    return { source, kind: 'authorization-details', accounts: read.accounts, managedPolicies: read.managedPolicies };
  }
  return r.fail(
    '',
    'is not a snapshot iam-impact knows',
    'give the output of `aws iam get-account-authorization-details`, an organization snapshot {"organization": …}, or a file written by `iam-impact snapshot --out FILE`',
  );
}

function fingerprint(document: PolicyDocument): string {
  return JSON.stringify(document);
}

function mergePolicies(
  into: Map<string, ManagedPolicy>,
  from: Map<string, ManagedPolicy>,
  intoSource: string,
  fromSource: string,
): void {
  for (const [arn, policy] of from) {
    const existing = into.get(arn);
    if (!existing) {
      into.set(arn, policy);
    } else if (existing === policy || (existing.awsManaged && existing.defaultVersionId === policy.defaultVersionId)) {
      continue;
    } else if (
      existing.defaultVersionId !== policy.defaultVersionId ||
      fingerprint(existing.document) !== fingerprint(policy.document)
    ) {
      throw new UserError(
        `${fromSource}: managed policy ${arn} has default version ${policy.defaultVersionId}, but ${intoSource} has ${existing.defaultVersionId} with a different document`,
        'take all snapshots at the same time, or drop the older one',
      );
    }
  }
}

/**
 * Merges the parts of several files into one inventory. Throws a {@link UserError} on conflicts.
 */
export function buildInventory(parts: readonly SnapshotPart[]): Inventory {
  const inventory: Inventory = { accounts: new Map(), managedPolicies: new Map() };
  let organizationSource: string | undefined;
  const accountSource = new Map<string, string>();
  const policySource = new Map<string, string>();
  for (const part of parts) {
    if (part.organization) {
      if (organizationSource !== undefined) {
        throw new UserError(
          `${part.source}: holds an organization, but ${organizationSource} already gave one`,
          'give the organization once',
        );
      }
      organizationSource = part.source;
      inventory.organization = part.organization;
    }
    for (const account of part.accounts) {
      const previous = accountSource.get(account.accountId);
      if (previous !== undefined) {
        throw new UserError(
          `${part.source}: account ${account.accountId} was already loaded from ${previous}`,
          'give each account once',
        );
      }
      accountSource.set(account.accountId, part.source);
      inventory.accounts.set(account.accountId, account);
    }
    for (const [arn, policy] of part.managedPolicies) {
      const existing = inventory.managedPolicies.get(arn);
      if (existing)
        mergePolicies(inventory.managedPolicies, new Map([[arn, policy]]), policySource.get(arn) ?? '', part.source);
      else {
        inventory.managedPolicies.set(arn, policy);
        policySource.set(arn, part.source);
      }
    }
  }
  // A canonical order, whatever order the files came in, so that equal data gives equal inventories.
  inventory.accounts = new Map([...inventory.accounts].sort(([a], [b]) => a.localeCompare(b)));
  inventory.managedPolicies = new Map([...inventory.managedPolicies].sort(([a], [b]) => a.localeCompare(b)));
  return inventory;
}
