/**
 * The snapshot formats `--inventory` accepts, in AWS's own field names, so that exports made with the AWS CLI load
 * as they are:
 *
 * - (a) the output of `aws iam get-account-authorization-details` ({@link RawAuthorizationDetails});
 * - (b) an organization snapshot `{ "organization": … }` ({@link RawOrganization});
 * - (c) a full snapshot written by `iam-impact snapshot --out FILE`: (b) plus each account's authorization details
 *   ({@link RawFullSnapshot}).
 *
 * The live AWS reader produces (c) too, so both paths go through one loader and yield the same inventory.
 * Policy documents may be JSON objects (as the AWS CLI writes them) or URL-encoded JSON text (as the APIs return
 * them); Organizations `Content` is JSON text.
 */

/** A `{Key, Value}` tag. */
export interface RawTag {
  Key: string;
  Value: string;
}

/** An inline policy entry (`UserPolicyList`, `GroupPolicyList`, `RolePolicyList`). */
export interface RawInlinePolicy {
  PolicyName: string;
  PolicyDocument: unknown;
}

/** An `AttachedManagedPolicies` entry. */
export interface RawAttachedPolicy {
  PolicyName?: string;
  PolicyArn: string;
}

/** A permissions boundary reference. */
export interface RawPermissionsBoundary {
  PermissionsBoundaryType?: string;
  PermissionsBoundaryArn: string;
}

/** `UserDetailList[]`. */
export interface RawUserDetail {
  Path?: string;
  UserName: string;
  UserId?: string;
  Arn: string;
  CreateDate?: string;
  UserPolicyList?: RawInlinePolicy[];
  GroupList?: string[];
  AttachedManagedPolicies?: RawAttachedPolicy[];
  PermissionsBoundary?: RawPermissionsBoundary;
  Tags?: RawTag[];
}

/** `GroupDetailList[]`. */
export interface RawGroupDetail {
  Path?: string;
  GroupName: string;
  GroupId?: string;
  Arn: string;
  CreateDate?: string;
  GroupPolicyList?: RawInlinePolicy[];
  AttachedManagedPolicies?: RawAttachedPolicy[];
}

/** `RoleDetailList[]`. */
export interface RawRoleDetail {
  Path?: string;
  RoleName: string;
  RoleId?: string;
  Arn: string;
  CreateDate?: string;
  AssumeRolePolicyDocument: unknown;
  InstanceProfileList?: unknown[];
  RolePolicyList?: RawInlinePolicy[];
  AttachedManagedPolicies?: RawAttachedPolicy[];
  PermissionsBoundary?: RawPermissionsBoundary;
  Tags?: RawTag[];
  RoleLastUsed?: { LastUsedDate?: string; Region?: string };
}

/** `Policies[].PolicyVersionList[]`. */
export interface RawPolicyVersion {
  Document: unknown;
  VersionId: string;
  IsDefaultVersion: boolean;
  CreateDate?: string;
}

/** `Policies[]`. */
export interface RawManagedPolicyDetail {
  PolicyName: string;
  PolicyId?: string;
  Arn: string;
  Path?: string;
  DefaultVersionId?: string;
  AttachmentCount?: number;
  PermissionsBoundaryUsageCount?: number;
  IsAttachable?: boolean;
  Description?: string;
  CreateDate?: string;
  UpdateDate?: string;
  PolicyVersionList: RawPolicyVersion[];
}

/** (a) The output of `aws iam get-account-authorization-details` (pages merged). */
export interface RawAuthorizationDetails {
  UserDetailList?: RawUserDetail[];
  GroupDetailList?: RawGroupDetail[];
  RoleDetailList?: RawRoleDetail[];
  Policies?: RawManagedPolicyDetail[];
}

/** An SCP or RCP with its targets. */
export interface RawOrgPolicy {
  Id: string;
  Name: string;
  /** `SERVICE_CONTROL_POLICY` or `RESOURCE_CONTROL_POLICY`; other types are ignored. */
  Type: string;
  AwsManaged?: boolean;
  /** The policy JSON as text (as DescribePolicy returns it) or as an object. */
  Content: unknown;
  /** Root, OU and account ids the policy is attached to. */
  Targets: string[];
}

/** (b) The organization. */
export interface RawOrganization {
  managementAccountId: string;
  roots: { Id: string; Name?: string }[];
  organizationalUnits: { Id: string; Name: string; ParentId: string }[];
  accounts: { Id: string; Name: string; ParentId: string }[];
  policies: RawOrgPolicy[];
}

/** The marker and version of a full snapshot. */
export const SNAPSHOT_FORMAT = 'iam-impact-snapshot';
/** The version of the full snapshot format this build writes and reads. */
export const SNAPSHOT_VERSION = 1;

/** (c) A full snapshot. */
export interface RawFullSnapshot {
  /** Always {@link SNAPSHOT_FORMAT}. */
  format: typeof SNAPSHOT_FORMAT;
  /** {@link SNAPSHOT_VERSION}. */
  version: number;
  /** When the snapshot was taken (ISO 8601). */
  createdAt?: string;
  /** The organization, when it was read. */
  organization?: RawOrganization;
  /** Each account's authorization details, by account id. */
  accounts: Record<string, RawAuthorizationDetails>;
  /**
   * AWS managed policies used by any account, stored once. Every account's export would otherwise repeat them: in
   * a large organization they are most of the file. The accounts' `Policies` lists then omit them.
   */
  awsManagedPolicies?: RawManagedPolicyDetail[];
}

/**
 * Moves the AWS managed policies out of every account's `Policies` list into one shared
 * {@link RawFullSnapshot.awsManagedPolicies} list. Loading the result gives the same inventory.
 */
export function compactSnapshot(snapshot: RawFullSnapshot): RawFullSnapshot {
  const shared = new Map<string, RawManagedPolicyDetail>();
  for (const policy of snapshot.awsManagedPolicies ?? []) shared.set(policy.Arn, policy);
  const accounts: Record<string, RawAuthorizationDetails> = {};
  for (const [id, details] of Object.entries(snapshot.accounts)) {
    const own: RawManagedPolicyDetail[] = [];
    for (const policy of details.Policies ?? []) {
      if (policy.Arn.startsWith('arn:aws:iam::aws:') || /^arn:aws[a-z-]*:iam::aws:/.test(policy.Arn)) {
        const seen = shared.get(policy.Arn);
        // Keep a policy in its account when another account saw a different version, so nothing is lost.
        if (!seen) shared.set(policy.Arn, policy);
        else if (seen.DefaultVersionId !== policy.DefaultVersionId) own.push(policy);
      } else own.push(policy);
    }
    accounts[id] = { ...details, Policies: own };
  }
  const compact: RawFullSnapshot = { ...snapshot, accounts };
  if (shared.size > 0) compact.awsManagedPolicies = [...shared.values()].sort((a, b) => a.Arn.localeCompare(b.Arn));
  return compact;
}
