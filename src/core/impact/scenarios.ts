/**
 * Credential scenarios: the ways a principal really signs in, each a request context. The same policy can allow a
 * console user with MFA and deny the same user's batch job with access keys, because `aws:MultiFactorAuthPresent` is
 * absent for long-term keys, `false` for sessions without MFA and `true` with MFA
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent).
 */
import type { ContextValue } from '../evaluate/request.js';
import type { PrincipalKind } from '../inventory/inventory-index.js';
import type { Role, User } from '../inventory/types.js';

/** A credential scenario. */
export interface Scenario {
  /** Stable id used in reports and the config, for example `access-key`. */
  id: string;
  /** How the principal signs in, for reports. */
  description: string;
  /** The principal kinds the scenario applies to by default. */
  appliesTo: readonly PrincipalKind[];
  /** Whether the caller is a role session (`arn:aws:sts::ACCT:assumed-role/ROLE/SESSION`) rather than the entity. */
  roleSession: boolean;
  /** Context keys the scenario sets; a key absent here is absent from the request. */
  context: Readonly<Record<string, ContextValue>>;
}

/** Seconds since MFA authentication that the MFA scenarios assume. */
export const DEFAULT_MFA_AGE_SECONDS = 300;

/** The built-in scenarios, in report order. */
export const BUILT_IN_SCENARIOS: readonly Scenario[] = [
  {
    id: 'access-key',
    description: 'long-term access keys (aws:MultiFactorAuthPresent absent)',
    appliesTo: ['user'],
    roleSession: false,
    context: {},
  },
  {
    id: 'mfa-session',
    description: 'console or sts get-session-token with MFA',
    appliesTo: ['user'],
    roleSession: false,
    context: { 'aws:MultiFactorAuthPresent': 'true', 'aws:MultiFactorAuthAge': String(DEFAULT_MFA_AGE_SECONDS) },
  },
  {
    id: 'no-mfa-session',
    description: 'console or temporary credentials without MFA',
    appliesTo: ['user'],
    roleSession: false,
    context: { 'aws:MultiFactorAuthPresent': 'false' },
  },
  {
    id: 'role-session',
    description: 'an assumed-role session (no MFA context: AssumeRole alone may not carry it)',
    appliesTo: ['role'],
    roleSession: true,
    context: {},
  },
  {
    id: 'role-session-mfa',
    description: 'sts get-session-token with MFA, then AssumeRole',
    appliesTo: ['role'],
    roleSession: true,
    context: { 'aws:MultiFactorAuthPresent': 'true', 'aws:MultiFactorAuthAge': String(DEFAULT_MFA_AGE_SECONDS) },
  },
];

/** The session name iam-impact uses in the role-session caller ARN. */
export const SESSION_NAME = 'iam-impact';

/** The caller ARN of a principal under a scenario. */
export function callerArn(
  principal: { kind: PrincipalKind; arn: string; accountId: string; name: string },
  scenario: Scenario,
): string {
  if (principal.kind === 'role' && scenario.roleSession) {
    const partition = principal.arn.split(':')[1] ?? 'aws';
    return `arn:${partition}:sts::${principal.accountId}:assumed-role/${principal.name}/${SESSION_NAME}`;
  }
  return principal.arn;
}

/**
 * The context keys AWS derives from the principal itself
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principal-properties).
 * `aws:username` exists only for IAM users; `aws:userid` is the unique id (with `:SESSION` for role sessions);
 * `aws:PrincipalArn` of a role session is the role's ARN.
 */
export function principalContext(
  principal: { kind: PrincipalKind; arn: string; accountId: string; name: string },
  entity: User | Role,
  scenario: Scenario,
  organizationId?: string,
): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = Object.create(null) as Record<string, ContextValue>;
  context['aws:PrincipalArn'] = principal.arn;
  context['aws:PrincipalAccount'] = principal.accountId;
  if (organizationId) context['aws:PrincipalOrgID'] = organizationId;
  if (principal.kind === 'user') {
    context['aws:username'] = principal.name;
    context['aws:PrincipalType'] = 'User';
    if (entity.id) context['aws:userid'] = entity.id;
  } else {
    context['aws:PrincipalType'] = scenario.roleSession ? 'AssumedRole' : 'Role';
    if (entity.id) context['aws:userid'] = scenario.roleSession ? `${entity.id}:${SESSION_NAME}` : entity.id;
  }
  for (const [key, value] of Object.entries((entity as User).tags ?? {})) context[`aws:PrincipalTag/${key}`] = value;
  for (const [key, value] of Object.entries(scenario.context)) context[key] = value;
  return context;
}
