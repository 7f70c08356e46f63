/**
 * Reads one account's users, groups, roles and managed policies with `GetAccountAuthorizationDetails`, in the shape
 * `aws iam get-account-authorization-details` prints: pages merged, policy documents as JSON objects, dates as ISO
 * strings. The JS SDK, unlike botocore (which the AWS CLI uses), returns documents URL-encoded (RFC 3986), so they
 * are decoded here.
 */
import { GetAccountAuthorizationDetailsCommand, type IAMClient } from '@aws-sdk/client-iam';
import type {
  RawAuthorizationDetails,
  RawGroupDetail,
  RawInlinePolicy,
  RawManagedPolicyDetail,
  RawRoleDetail,
  RawUserDetail,
} from '../../core/inventory/snapshot-format.js';
import { callAws } from './aws-errors.js';

/** Which account is read and how, for error messages. */
export interface AuthorizationReadContext {
  /** The account id. */
  account?: string;
  /** The member role the client uses, when it is not the base credentials. */
  roleArn?: string;
}

/** The page size: the maximum IAM allows, to keep the number of calls (and of throttling chances) low. */
export const GAAD_PAGE_SIZE = 1000;

// A guard against a service that keeps answering IsTruncated: 10,000 pages of up to 1,000 items is far beyond any
// IAM quota, so reaching it means a loop, not a big account.
const MAX_PAGES = 10_000;

/**
 * Parses a policy document as IAM returns it: URL-encoded JSON text. Text that already starts with `{` is plain JSON
 * (some emulators and proxies decode it); RFC 3986 encoding always encodes `{`, so the two cannot be confused, and
 * decoding plain JSON would corrupt a literal `%` in it. Values that are not strings are returned as they are.
 * `where` names the entity and field in the error.
 */
export function decodePolicyDocument(value: unknown, where: string): unknown {
  if (typeof value !== 'string') return value;
  let text = value;
  try {
    if (!value.trimStart().startsWith('{')) text = decodeURIComponent(value);
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const excerpt = value.length > 80 ? `${value.slice(0, 80)}…` : value;
    // Not a UserError: IAM only stores valid JSON, so this is a decoding bug or a broken proxy, not a user's mistake.
    throw new Error(`${where}: the policy document is not URL-encoded JSON (${reason}): ${excerpt}`, {
      cause: error,
    });
  }
}

/** A deep copy with Dates as ISO strings and undefined members dropped, the way JSON output looks. */
function toPlain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      if (member !== undefined) out[key] = toPlain(member);
    }
    return out;
  }
  return value;
}

function decodeInline(list: RawInlinePolicy[] | undefined, field: string, owner: string): void {
  for (const policy of list ?? []) {
    policy.PolicyDocument = decodePolicyDocument(
      policy.PolicyDocument,
      `${owner}: ${field}[${policy.PolicyName}].PolicyDocument`,
    );
  }
}

function decodeRole(role: RawRoleDetail, owner: string): void {
  role.AssumeRolePolicyDocument = decodePolicyDocument(
    role.AssumeRolePolicyDocument,
    `${owner}: AssumeRolePolicyDocument`,
  );
  decodeInline(role.RolePolicyList, 'RolePolicyList', owner);
  // Instance profiles embed their roles, trust policy included; the CLI prints those decoded too.
  for (const profile of (role.InstanceProfileList ?? []) as {
    InstanceProfileName?: string;
    Roles?: RawRoleDetail[];
  }[]) {
    for (const inner of profile.Roles ?? []) {
      inner.AssumeRolePolicyDocument = decodePolicyDocument(
        inner.AssumeRolePolicyDocument,
        `${owner}: InstanceProfileList[${profile.InstanceProfileName}].Roles[${inner.RoleName}].AssumeRolePolicyDocument`,
      );
    }
  }
}

/**
 * Reads every page of `GetAccountAuthorizationDetails` (all four lists, no filter) and returns them merged and
 * decoded. A denied call becomes a UserError naming `iam:GetAccountAuthorizationDetails` and the account.
 */
export async function readAuthorizationDetails(
  iam: IAMClient,
  context: AuthorizationReadContext = {},
): Promise<RawAuthorizationDetails> {
  const where = context.account ? `account ${context.account}` : 'IAM';
  const result = {
    UserDetailList: [] as RawUserDetail[],
    GroupDetailList: [] as RawGroupDetail[],
    RoleDetailList: [] as RawRoleDetail[],
    Policies: [] as RawManagedPolicyDetail[],
  };
  let marker: string | undefined;
  for (let page = 1; ; page++) {
    const response = await callAws({ service: 'iam', operation: 'GetAccountAuthorizationDetails', ...context }, () =>
      iam.send(new GetAccountAuthorizationDetailsCommand({ MaxItems: GAAD_PAGE_SIZE, Marker: marker })),
    );
    for (const user of toPlain(response.UserDetailList ?? []) as RawUserDetail[]) {
      decodeInline(user.UserPolicyList, 'UserPolicyList', `${where}, user ${user.UserName}`);
      result.UserDetailList.push(user);
    }
    for (const group of toPlain(response.GroupDetailList ?? []) as RawGroupDetail[]) {
      decodeInline(group.GroupPolicyList, 'GroupPolicyList', `${where}, group ${group.GroupName}`);
      result.GroupDetailList.push(group);
    }
    for (const role of toPlain(response.RoleDetailList ?? []) as RawRoleDetail[]) {
      decodeRole(role, `${where}, role ${role.RoleName}`);
      result.RoleDetailList.push(role);
    }
    for (const policy of toPlain(response.Policies ?? []) as RawManagedPolicyDetail[]) {
      for (const version of policy.PolicyVersionList ?? []) {
        version.Document = decodePolicyDocument(
          version.Document,
          `${where}, managed policy ${policy.Arn}: PolicyVersionList[${version.VersionId}].Document`,
        );
      }
      result.Policies.push(policy);
    }
    // IsTruncated is the documented end marker; a truncated page without a Marker could only be re-read forever.
    if (!response.IsTruncated) return result;
    if (!response.Marker) {
      throw new Error(`iam:GetAccountAuthorizationDetails in ${where}: page ${page} is truncated but has no Marker`);
    }
    if (page >= MAX_PAGES) {
      throw new Error(`iam:GetAccountAuthorizationDetails in ${where}: still truncated after ${MAX_PAGES} pages`);
    }
    marker = response.Marker;
  }
}
