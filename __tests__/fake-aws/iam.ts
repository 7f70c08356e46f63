/**
 * IAM read operations of the fake: GetAccountAuthorizationDetails and ListEntitiesForPolicy, answered from the
 * snapshot of the caller's account.
 */
import type { RawAuthorizationDetails } from '../../src/core/inventory/snapshot-format.js';
import { detailsOf, toWire, type HandlerRequest } from './model.js';
import { AwsError, intParam, paginate, str, strings, type QueryParams, type XmlValue } from './wire.js';

const FILTERS = new Set(['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy']);

/** The IAM page size: `MaxItems` (1–1000, default 100) but never more than the fake's page size. */
export function iamLimit(params: QueryParams, pageSize: number): number {
  const maxItems = intParam(params.MaxItems, 'maxItems', 1, 1000) ?? 100;
  return Math.min(maxItems, pageSize);
}

type Item =
  | { list: 'UserDetailList'; value: unknown }
  | { list: 'GroupDetailList'; value: unknown }
  | { list: 'RoleDetailList'; value: unknown }
  | { list: 'Policies'; value: unknown };

function isAwsManaged(arn: string): boolean {
  return /^arn:[^:]+:iam::aws:policy\//.test(arn);
}

/** GetAccountAuthorizationDetails: one sequence users → groups → roles → policies, cut into pages. */
export function getAccountAuthorizationDetails(req: HandlerRequest<QueryParams>): Record<string, XmlValue> {
  const details: RawAuthorizationDetails = detailsOf(req.settings.snapshot, req.caller.account);
  const filter = strings(req.params.Filter);
  for (const f of filter) {
    if (!FILTERS.has(f)) {
      throw new AwsError(
        400,
        'ValidationError',
        `1 validation error detected: Value '[${filter.join(', ')}]' at 'filter' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [LocalManagedPolicy, Role, AWSManagedPolicy, User, Group]]`,
      );
    }
  }
  const wants = (f: string) => filter.length === 0 || filter.includes(f);
  const items: Item[] = [];
  if (wants('User')) for (const u of details.UserDetailList ?? []) items.push({ list: 'UserDetailList', value: u });
  if (wants('Group')) for (const g of details.GroupDetailList ?? []) items.push({ list: 'GroupDetailList', value: g });
  if (wants('Role')) for (const r of details.RoleDetailList ?? []) items.push({ list: 'RoleDetailList', value: r });
  for (const p of details.Policies ?? []) {
    if (wants(isAwsManaged(p.Arn) ? 'AWSManagedPolicy' : 'LocalManagedPolicy'))
      items.push({ list: 'Policies', value: p });
  }
  const page = paginate(items, {
    op: 'GetAccountAuthorizationDetails',
    token: str(req.params.Marker),
    limit: iamLimit(req.params, req.settings.iamPageSize),
    emptyPages: req.settings.emptyPages,
    invalidTokenCode: 'InvalidInput',
  });
  const lists: Record<Item['list'], XmlValue[]> = {
    UserDetailList: [],
    GroupDetailList: [],
    RoleDetailList: [],
    Policies: [],
  };
  for (const item of page.items) lists[item.list].push(toWire(item.value));
  return { ...lists, IsTruncated: page.next !== undefined, Marker: page.next };
}

const ENTITY_FILTERS = new Set(['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy']);
const USAGE_FILTERS = new Set(['PermissionsPolicy', 'PermissionsBoundary']);

type Entity =
  | { kind: 'PolicyGroups'; value: { GroupName: string; GroupId?: string } }
  | { kind: 'PolicyUsers'; value: { UserName: string; UserId?: string } }
  | { kind: 'PolicyRoles'; value: { RoleName: string; RoleId?: string } };

/** ListEntitiesForPolicy: the groups, users and roles a managed policy is attached to (directly). */
export function listEntitiesForPolicy(req: HandlerRequest<QueryParams>): Record<string, XmlValue> {
  const arn = str(req.params.PolicyArn);
  if (!arn)
    throw new AwsError(
      400,
      'ValidationError',
      "1 validation error detected: Value null at 'policyArn' failed to satisfy constraint: Member must not be null",
    );
  if (!/^arn:[^:]+:iam::(aws|\d{12}):policy\/.+/.test(arn)) {
    throw new AwsError(400, 'InvalidInput', `ARN ${arn} is not valid.`);
  }
  const entityFilter = str(req.params.EntityFilter);
  if (entityFilter !== undefined && !ENTITY_FILTERS.has(entityFilter)) {
    throw new AwsError(
      400,
      'ValidationError',
      `Value '${entityFilter}' at 'entityFilter' failed to satisfy constraint`,
    );
  }
  const usage = str(req.params.PolicyUsageFilter);
  if (usage !== undefined && !USAGE_FILTERS.has(usage)) {
    throw new AwsError(400, 'ValidationError', `Value '${usage}' at 'policyUsageFilter' failed to satisfy constraint`);
  }
  const pathPrefix = str(req.params.PathPrefix) ?? '/';
  const details = detailsOf(req.settings.snapshot, req.caller.account);
  const uses = (
    attached: { PolicyArn: string }[] | undefined,
    boundary: { PermissionsBoundaryArn: string } | undefined,
  ) =>
    ((usage === undefined || usage === 'PermissionsPolicy') && (attached ?? []).some((a) => a.PolicyArn === arn)) ||
    ((usage === undefined || usage === 'PermissionsBoundary') && boundary?.PermissionsBoundaryArn === arn);
  const inPath = (path: string | undefined) => (path ?? '/').startsWith(pathPrefix);
  const wants = (kind: string) =>
    entityFilter === undefined || !['User', 'Role', 'Group'].includes(entityFilter) || entityFilter === kind;

  const entities: Entity[] = [];
  if (wants('Group')) {
    for (const g of details.GroupDetailList ?? []) {
      if (inPath(g.Path) && uses(g.AttachedManagedPolicies, undefined))
        entities.push({ kind: 'PolicyGroups', value: { GroupName: g.GroupName, GroupId: g.GroupId } });
    }
  }
  if (wants('User')) {
    for (const u of details.UserDetailList ?? []) {
      if (inPath(u.Path) && uses(u.AttachedManagedPolicies, u.PermissionsBoundary))
        entities.push({ kind: 'PolicyUsers', value: { UserName: u.UserName, UserId: u.UserId } });
    }
  }
  if (wants('Role')) {
    for (const r of details.RoleDetailList ?? []) {
      if (inPath(r.Path) && uses(r.AttachedManagedPolicies, r.PermissionsBoundary))
        entities.push({ kind: 'PolicyRoles', value: { RoleName: r.RoleName, RoleId: r.RoleId } });
    }
  }
  const known =
    /^arn:[^:]+:iam::aws:policy\//.test(arn) ||
    (details.Policies ?? []).some((p) => p.Arn === arn) ||
    entities.length > 0;
  if (!known) throw new AwsError(404, 'NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`);

  const page = paginate(entities, {
    op: 'ListEntitiesForPolicy',
    token: str(req.params.Marker),
    limit: iamLimit(req.params, req.settings.iamPageSize),
    emptyPages: req.settings.emptyPages,
    invalidTokenCode: 'InvalidInput',
  });
  const out: Record<Entity['kind'], XmlValue[]> = { PolicyGroups: [], PolicyUsers: [], PolicyRoles: [] };
  for (const e of page.items) out[e.kind].push(e.value);
  return { ...out, IsTruncated: page.next !== undefined, Marker: page.next };
}
