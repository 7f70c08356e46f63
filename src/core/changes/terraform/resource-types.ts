/**
 * Which converter handles which resource type. IAM and Organizations types that cannot change who may do what
 * (access keys, instance profiles, identity providers, the password policy, …) are skipped silently; an
 * `aws_iam_*` or `aws_organizations_*` type this table does not know is skipped with a warning, so that a new
 * provider resource that does change access is noticed rather than missed.
 */
import type { ConversionContext, EntityKind } from './conversion-context.js';
import type { CurrentState } from './current-state.js';
import {
  convertEntityPolicyAttachment,
  convertPolicyAttachment,
  convertPolicyAttachmentsExclusive,
} from './iam-attachments.js';
import { convertInlinePolicy, convertPoliciesExclusive } from './iam-inline-policies.js';
import { convertManagedPolicy } from './iam-managed-policies.js';
import { convertGroupMembership, convertUserGroupMembership } from './iam-memberships.js';
import { convertRole, convertUser } from './iam-principals.js';
import { convertOrgPolicy, convertOrgPolicyAttachment, convertOrgStructure } from './organizations.js';
import type { PlanResourceChange } from './plan-structure.js';

/** Converts one resource change into changes and warnings. */
export type Converter = (ctx: ConversionContext, change: PlanResourceChange, state: CurrentState) => void;

const KINDS: EntityKind[] = ['user', 'group', 'role'];

const converters = new Map<string, Converter>([
  ['aws_iam_policy', (ctx, change) => convertManagedPolicy(ctx, change)],
  ['aws_iam_role', (ctx, change, state) => convertRole(ctx, change, state)],
  ['aws_iam_user', (ctx, change) => convertUser(ctx, change)],
  ['aws_iam_policy_attachment', (ctx, change, state) => convertPolicyAttachment(ctx, change, state)],
  ['aws_iam_user_group_membership', (ctx, change) => convertUserGroupMembership(ctx, change)],
  ['aws_iam_group_membership', (ctx, change, state) => convertGroupMembership(ctx, change, state)],
  ['aws_organizations_policy', (ctx, change) => convertOrgPolicy(ctx, change)],
  ['aws_organizations_policy_attachment', (ctx, change) => convertOrgPolicyAttachment(ctx, change)],
  ['aws_organizations_account', (ctx, change) => convertOrgStructure(ctx, change)],
  ['aws_organizations_organization', (ctx, change) => convertOrgStructure(ctx, change)],
]);
for (const kind of KINDS) {
  converters.set(`aws_iam_${kind}_policy`, (ctx, change) => convertInlinePolicy(ctx, change, kind));
  converters.set(`aws_iam_${kind}_policy_attachment`, (ctx, change) =>
    convertEntityPolicyAttachment(ctx, change, kind),
  );
  converters.set(`aws_iam_${kind}_policy_attachments_exclusive`, (ctx, change, state) =>
    convertPolicyAttachmentsExclusive(ctx, change, kind, state),
  );
  converters.set(`aws_iam_${kind}_policies_exclusive`, (ctx, change, state) =>
    convertPoliciesExclusive(ctx, change, kind, (k, name) => state.inlinePolicies(k, name)),
  );
}

/**
 * Types that exist in the AWS provider and change no permission by themselves. A group with no members and no
 * policies grants nothing, and deleting a group requires its memberships and policies to go first (through the
 * resources above).
 */
const HARMLESS = new Set([
  'aws_iam_group',
  'aws_iam_access_key',
  'aws_iam_account_alias',
  'aws_iam_account_password_policy',
  'aws_iam_instance_profile',
  'aws_iam_openid_connect_provider',
  'aws_iam_saml_provider',
  'aws_iam_security_token_service_preferences',
  'aws_iam_server_certificate',
  'aws_iam_service_linked_role',
  'aws_iam_service_specific_credential',
  'aws_iam_signing_certificate',
  'aws_iam_user_login_profile',
  'aws_iam_user_ssh_key',
  'aws_iam_virtual_mfa_device',
  'aws_iam_policy_document',
  'aws_organizations_organizational_unit',
  'aws_organizations_delegated_administrator',
  'aws_organizations_resource_policy',
]);

/** What to do with a resource type: a converter, `skip` (silently), or `unknown` (skip with a warning). */
export function converterFor(type: string): Converter | 'skip' | 'unknown' {
  const converter = converters.get(type);
  if (converter) return converter;
  if (HARMLESS.has(type)) return 'skip';
  return type.startsWith('aws_iam_') || type.startsWith('aws_organizations_') ? 'unknown' : 'skip';
}
