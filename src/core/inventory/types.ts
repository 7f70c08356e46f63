/**
 * The normalized inventory: what exists now. It is the same whether it was read live from AWS or loaded from
 * snapshot files, which is what lets tests prove the two paths agree. Policy documents are parsed once and shared:
 * an AWS managed policy attached in a hundred accounts is one object.
 */
import type { PolicyDocument } from '../policy/types.js';

/** Organizations policy types iam-impact evaluates. */
export type OrgPolicyType = 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY';

/** An inline policy of a user, group or role. */
export interface InlinePolicy {
  /** The policy's name. */
  name: string;
  /** The parsed document. */
  document: PolicyDocument;
}

/** A managed policy at its default version. */
export interface ManagedPolicy {
  /** The policy ARN (`arn:aws:iam::aws:policy/…` for AWS managed policies). */
  arn: string;
  /** The policy name. */
  name: string;
  /** The policy path. */
  path: string;
  /** The default version id, for example `v3`. */
  defaultVersionId: string;
  /** The document of the default version. */
  document: PolicyDocument;
  /** True for AWS managed policies. */
  awsManaged: boolean;
}

/** Fields common to users, groups and roles. */
interface EntityBase {
  /** The entity's ARN. */
  arn: string;
  /** The entity's name. */
  name: string;
  /** The entity's path, `/` by default. */
  path: string;
  /** The unique id (`AIDA…`, `AGPA…`, `AROA…`), when known. */
  id?: string;
  /** Inline policies. */
  inlinePolicies: InlinePolicy[];
  /** ARNs of attached managed policies. */
  attachedPolicyArns: string[];
}

/** An IAM user. */
export interface User extends EntityBase {
  /** Names of the groups the user belongs to. */
  groupNames: string[];
  /** The permissions boundary's policy ARN, when one is set. */
  permissionsBoundaryArn?: string;
  /** Tags, by key. */
  tags: Record<string, string>;
}

/** An IAM group. Groups have no permissions boundary. */
export type Group = EntityBase;

/** An IAM role. */
export interface Role extends EntityBase {
  /** The permissions boundary's policy ARN, when one is set. */
  permissionsBoundaryArn?: string;
  /** Tags, by key. */
  tags: Record<string, string>;
  /** The trust policy (`AssumeRolePolicyDocument`). */
  trustPolicy: PolicyDocument;
  /** True for service-linked roles (path `/aws-service-role/`), which SCPs do not restrict. */
  serviceLinked: boolean;
  /** When the role was last used, when AWS reported it. */
  lastUsed?: { date?: string; region?: string };
}

/** The IAM content of one account. */
export interface AccountInventory {
  /** The 12-digit account id. */
  accountId: string;
  /** Users, by name. */
  users: Map<string, User>;
  /** Groups, by name. */
  groups: Map<string, Group>;
  /** Roles, by name. */
  roles: Map<string, Role>;
}

/** An organization root. */
export interface OrgRoot {
  /** `r-…`. */
  id: string;
  /** The root's name, when known. */
  name?: string;
}

/** An organizational unit. */
export interface OrgUnit {
  /** `ou-…`. */
  id: string;
  /** The OU's name. */
  name: string;
  /** The parent root or OU id. */
  parentId: string;
}

/** An account of the organization. */
export interface OrgAccount {
  /** The 12-digit account id. */
  id: string;
  /** The account's name. */
  name: string;
  /** The parent root or OU id. */
  parentId: string;
}

/** An SCP or RCP with the targets it is attached to. */
export interface OrgPolicy {
  /** `p-…` (`p-FullAWSAccess`, `p-RCPFullAWSAccess` for the AWS managed ones). */
  id: string;
  /** The policy's name. */
  name: string;
  /** SCP or RCP. */
  type: OrgPolicyType;
  /** True for AWS managed policies such as FullAWSAccess. */
  awsManaged: boolean;
  /** The parsed content. */
  document: PolicyDocument;
  /** Root, OU and account ids the policy is attached to. */
  targets: string[];
}

/** The organization tree and its authorization policies. */
export interface Organization {
  /** The management account, which SCPs and RCPs do not restrict. */
  managementAccountId: string;
  /** Roots (AWS has one). */
  roots: OrgRoot[];
  /** Organizational units. */
  organizationalUnits: OrgUnit[];
  /** Accounts. */
  accounts: OrgAccount[];
  /** SCPs and RCPs. */
  policies: OrgPolicy[];
}

/** Everything iam-impact knows about what exists now. */
export interface Inventory {
  /** The organization, when its data was read or supplied. */
  organization?: Organization;
  /** Accounts whose IAM content is known, by id. */
  accounts: Map<string, AccountInventory>;
  /** Managed policies by ARN (AWS managed ones shared across accounts). */
  managedPolicies: Map<string, ManagedPolicy>;
}
