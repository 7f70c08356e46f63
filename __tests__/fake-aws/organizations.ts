/**
 * AWS Organizations (JSON 1.1) operations of the fake, answered from `snapshot.organization`.
 */
import type { RawOrganization, RawOrgPolicy } from '../../src/core/inventory/snapshot-format.js';
import { contentText, type HandlerRequest } from './model.js';
import { AwsError, paginate } from './wire.js';

export type JsonParams = Record<string, unknown>;
type Json = Record<string, unknown>;

const POLICY_TYPES = new Set([
  'SERVICE_CONTROL_POLICY',
  'RESOURCE_CONTROL_POLICY',
  'TAG_POLICY',
  'BACKUP_POLICY',
  'AISERVICES_OPT_OUT_POLICY',
  'CHATBOT_POLICY',
  'DECLARATIVE_POLICY_EC2',
  'SECURITYHUB_POLICY',
  'INSPECTOR_POLICY',
  'UPGRADE_ROLLOUT_POLICY',
  'BEDROCK_POLICY',
  'S3_POLICY',
  'NETWORK_SECURITY_DIRECTOR_POLICY',
]);

/** Deterministic organization id from the management account (`o-` and 10 characters, as AWS's pattern wants). */
export function organizationId(org: RawOrganization): string {
  return `o-fake${org.managementAccountId.slice(-6)}`;
}

function invalidInput(reason: string, message: string): AwsError {
  const error = new AwsError(400, 'InvalidInputException', message);
  error.fields = { Reason: reason };
  return error;
}

function stringParam(params: JsonParams, name: string, required: true): string;
function stringParam(params: JsonParams, name: string, required?: false): string | undefined;
function stringParam(params: JsonParams, name: string, required = false): string | undefined {
  const value = params[name];
  if (value === undefined || value === null) {
    if (required) {
      throw invalidInput(
        'INVALID_INPUT',
        `1 validation error detected: Value null at '${name[0].toLowerCase()}${name.slice(1)}' failed to satisfy constraint: Member must not be null`,
      );
    }
    return undefined;
  }
  if (typeof value !== 'string') throw invalidInput('INVALID_INPUT', `${name} must be a string.`);
  return value;
}

/** The organization, or AWSOrganizationsNotInUseException. */
function requireOrganization(req: HandlerRequest<JsonParams>): RawOrganization {
  const org = req.settings.snapshot.organization;
  if (!org) {
    throw new AwsError(400, 'AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.');
  }
  return org;
}

class OrgView {
  readonly id: string;
  readonly mgmt: string;
  constructor(readonly org: RawOrganization) {
    this.id = organizationId(org);
    this.mgmt = org.managementAccountId;
  }
  rootArn(id: string) {
    return `arn:aws:organizations::${this.mgmt}:root/${this.id}/${id}`;
  }
  ouArn(id: string) {
    return `arn:aws:organizations::${this.mgmt}:ou/${this.id}/${id}`;
  }
  accountArn(id: string) {
    return `arn:aws:organizations::${this.mgmt}:account/${this.id}/${id}`;
  }
  policyArn(p: RawOrgPolicy) {
    const type = p.Type.toLowerCase();
    return p.AwsManaged
      ? `arn:aws:organizations::aws:policy/${type}/${p.Id}`
      : `arn:aws:organizations::${this.mgmt}:policy/${this.id}/${type}/${p.Id}`;
  }
  isRoot(id: string) {
    return this.org.roots.some((r) => r.Id === id);
  }
  ou(id: string) {
    return this.org.organizationalUnits.find((o) => o.Id === id);
  }
  account(id: string) {
    return this.org.accounts.find((a) => a.Id === id);
  }
  /** Policy types enabled on the roots: those any policy in the snapshot has, plus SCP and RCP. */
  enabledTypes(): string[] {
    const types = new Set(['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY']);
    for (const p of this.org.policies) types.add(p.Type);
    return [...types];
  }
  root(id: string): Json {
    const root = this.org.roots.find((r) => r.Id === id);
    return {
      Id: id,
      Arn: this.rootArn(id),
      Name: root?.Name ?? 'Root',
      PolicyTypes: this.enabledTypes().map((Type) => ({ Type, Status: 'ENABLED' })),
    };
  }
  ouShape(id: string): Json {
    return { Id: id, Arn: this.ouArn(id), Name: this.ou(id)?.Name };
  }
  accountShape(id: string): Json {
    const entry = this.account(id);
    const name = entry?.Name ?? id;
    return {
      Id: id,
      Arn: this.accountArn(id),
      Email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@example.com`,
      Name: name,
      Status: 'ACTIVE',
      State: 'ACTIVE',
      JoinedMethod: id === this.mgmt ? 'INVITED' : 'CREATED',
      JoinedTimestamp: 1_600_000_000,
    };
  }
  policySummary(p: RawOrgPolicy): Json {
    return {
      Id: p.Id,
      Arn: this.policyArn(p),
      Name: p.Name,
      Description: describePolicy(p),
      Type: p.Type,
      AwsManaged: p.AwsManaged ?? false,
    };
  }
  /** The kind of a target id, or undefined when nothing has that id. */
  targetType(id: string): 'ROOT' | 'ORGANIZATIONAL_UNIT' | 'ACCOUNT' | undefined {
    if (this.isRoot(id)) return 'ROOT';
    if (this.ou(id)) return 'ORGANIZATIONAL_UNIT';
    if (this.account(id)) return 'ACCOUNT';
    return undefined;
  }
  targetName(id: string): string {
    return this.org.roots.find((r) => r.Id === id)?.Name ?? this.ou(id)?.Name ?? this.account(id)?.Name ?? 'Root';
  }
  targetArn(id: string): string {
    const type = this.targetType(id);
    return type === 'ROOT' ? this.rootArn(id) : type === 'ORGANIZATIONAL_UNIT' ? this.ouArn(id) : this.accountArn(id);
  }
}

function describePolicy(p: RawOrgPolicy): string {
  if (p.Id === 'p-FullAWSAccess') return 'Allows access to every operation';
  if (p.Id === 'p-RCPFullAWSAccess') return 'Allows access to every resource';
  return '';
}

function limit(req: HandlerRequest<JsonParams>): number {
  const max = req.params.MaxResults;
  if (max === undefined || max === null) return req.settings.orgPageSize;
  if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 20) {
    throw invalidInput(
      'INVALID_INPUT',
      `1 validation error detected: Value '${String(max)}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 20`,
    );
  }
  return Math.min(max, req.settings.orgPageSize);
}

function listPage(req: HandlerRequest<JsonParams>, key: string, all: Json[]): Json {
  const token = req.params.NextToken;
  if (token !== undefined && token !== null && typeof token !== 'string') {
    throw invalidInput('INVALID_NEXT_TOKEN', 'The specified token is invalid.');
  }
  const page = paginate(all, {
    op: req.operation,
    token: token ?? undefined,
    limit: limit(req),
    emptyPages: req.settings.emptyPages,
    invalidTokenCode: 'InvalidInputException',
  });
  const out: Json = { [key]: page.items };
  if (page.next !== undefined) out.NextToken = page.next;
  return out;
}

function policyFilter(params: JsonParams): string {
  const filter = stringParam(params, 'Filter', true);
  if (!POLICY_TYPES.has(filter)) {
    throw invalidInput(
      'INVALID_ENUM',
      `1 validation error detected: Value '${filter}' at 'filter' failed to satisfy constraint: Member must satisfy enum value set: [${[...POLICY_TYPES].join(', ')}]`,
    );
  }
  return filter;
}

function requireParent(view: OrgView, id: string): void {
  if (!view.isRoot(id) && !view.ou(id)) {
    throw new AwsError(
      400,
      'ParentNotFoundException',
      "We can't find a root or OU with the ParentId that you specified.",
    );
  }
}

function requirePolicy(view: OrgView, id: string): RawOrgPolicy {
  const policy = view.org.policies.find((p) => p.Id === id);
  if (!policy)
    throw new AwsError(400, 'PolicyNotFoundException', "We can't find a policy with the PolicyId that you specified.");
  return policy;
}

/** Runs one Organizations operation. `caller.account` must already be allowed (checked by the server). */
export function handleOrganizations(req: HandlerRequest<JsonParams>): Json {
  const org = requireOrganization(req);
  const view = new OrgView(org);
  const { params } = req;
  const isMember = req.caller.account !== org.managementAccountId;
  // An account outside the organization (a snapshot account the organization does not list) is in no organization.
  if (isMember && !view.account(req.caller.account)) {
    throw new AwsError(400, 'AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.');
  }
  if (req.operation === 'DescribeOrganization') {
    return {
      Organization: {
        Id: view.id,
        Arn: `arn:aws:organizations::${view.mgmt}:organization/${view.id}`,
        FeatureSet: 'ALL',
        MasterAccountArn: view.accountArn(view.mgmt),
        MasterAccountId: view.mgmt,
        MasterAccountEmail: view.accountShape(view.mgmt).Email,
        AvailablePolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
      },
    };
  }
  // Everything else needs the management account (this fake has no delegated administrators).
  if (isMember) {
    throw new AwsError(400, 'AccessDeniedException', "You don't have permissions to access this resource.");
  }
  switch (req.operation) {
    case 'ListRoots':
      return listPage(
        req,
        'Roots',
        org.roots.map((r) => view.root(r.Id)),
      );
    case 'ListChildren': {
      const parent = stringParam(params, 'ParentId', true);
      const childType = stringParam(params, 'ChildType', true);
      if (childType !== 'ACCOUNT' && childType !== 'ORGANIZATIONAL_UNIT') {
        throw invalidInput(
          'INVALID_ENUM',
          `Value '${childType}' at 'childType' failed to satisfy constraint: Member must satisfy enum value set: [ACCOUNT, ORGANIZATIONAL_UNIT]`,
        );
      }
      requireParent(view, parent);
      const children =
        childType === 'ACCOUNT'
          ? org.accounts.filter((a) => a.ParentId === parent).map((a) => ({ Id: a.Id, Type: 'ACCOUNT' }))
          : org.organizationalUnits
              .filter((o) => o.ParentId === parent)
              .map((o) => ({ Id: o.Id, Type: 'ORGANIZATIONAL_UNIT' }));
      return listPage(req, 'Children', children);
    }
    case 'ListOrganizationalUnitsForParent': {
      const parent = stringParam(params, 'ParentId', true);
      requireParent(view, parent);
      return listPage(
        req,
        'OrganizationalUnits',
        org.organizationalUnits.filter((o) => o.ParentId === parent).map((o) => view.ouShape(o.Id)),
      );
    }
    case 'ListAccountsForParent': {
      const parent = stringParam(params, 'ParentId', true);
      requireParent(view, parent);
      return listPage(
        req,
        'Accounts',
        org.accounts.filter((a) => a.ParentId === parent).map((a) => view.accountShape(a.Id)),
      );
    }
    case 'ListAccounts':
      return listPage(
        req,
        'Accounts',
        org.accounts.map((a) => view.accountShape(a.Id)),
      );
    case 'ListParents': {
      const child = stringParam(params, 'ChildId', true);
      const parentId = view.account(child)?.ParentId ?? view.ou(child)?.ParentId;
      if (!parentId) {
        throw new AwsError(
          400,
          'ChildNotFoundException',
          "We can't find an organizational unit (OU) or AWS account with the ChildId that you specified.",
        );
      }
      return listPage(req, 'Parents', [{ Id: parentId, Type: view.isRoot(parentId) ? 'ROOT' : 'ORGANIZATIONAL_UNIT' }]);
    }
    case 'ListPoliciesForTarget': {
      const target = stringParam(params, 'TargetId', true);
      const filter = policyFilter(params);
      if (!view.targetType(target)) {
        throw new AwsError(
          400,
          'TargetNotFoundException',
          "We can't find a root, OU, account, or email address with the TargetId that you specified.",
        );
      }
      return listPage(
        req,
        'Policies',
        org.policies.filter((p) => p.Type === filter && p.Targets.includes(target)).map((p) => view.policySummary(p)),
      );
    }
    case 'ListTargetsForPolicy': {
      const policy = requirePolicy(view, stringParam(params, 'PolicyId', true));
      return listPage(
        req,
        'Targets',
        policy.Targets.filter((t) => view.targetType(t)).map((t) => ({
          TargetId: t,
          Arn: view.targetArn(t),
          Name: view.targetName(t),
          Type: view.targetType(t),
        })),
      );
    }
    case 'ListPolicies': {
      const filter = policyFilter(params);
      return listPage(
        req,
        'Policies',
        org.policies.filter((p) => p.Type === filter).map((p) => view.policySummary(p)),
      );
    }
    case 'DescribePolicy': {
      const policy = requirePolicy(view, stringParam(params, 'PolicyId', true));
      return { Policy: { PolicySummary: view.policySummary(policy), Content: contentText(policy.Content) } };
    }
    default:
      throw new AwsError(
        400,
        'UnknownOperationException',
        `The fake AWS endpoint does not implement organizations:${req.operation}. Add it to __tests__/fake-aws.`,
      );
  }
}

/** The Organizations operations the fake implements (anything else is UnknownOperationException). */
export const ORGANIZATIONS_OPERATIONS = new Set([
  'DescribeOrganization',
  'ListRoots',
  'ListChildren',
  'ListOrganizationalUnitsForParent',
  'ListAccountsForParent',
  'ListAccounts',
  'ListParents',
  'ListPoliciesForTarget',
  'ListTargetsForPolicy',
  'ListPolicies',
  'DescribePolicy',
]);
