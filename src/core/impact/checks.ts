/**
 * Built-in checks taken from real MFA roll-outs. They run on the principals the change affects, with the policies
 * they would have after it:
 *
 * - `mfa-enrolment` (fail): a user who would be denied without MFA must still be allowed, without MFA, to enrol a
 *   device and get an MFA session; otherwise nobody can fix the situation but an administrator;
 * - `exposed-without-mfa` (warn): actions still allowed without MFA that reveal other principals;
 * - `role-session-mfa` (warn): a policy or SCP that requires MFA of role sessions, which AssumeRole alone may not
 *   carry (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_configure-api-require.html).
 */
import type { EngineOptions } from '../evaluate/evaluate.js';
import type { PrincipalRef } from '../inventory/inventory-index.js';
import type { EvaluationQuery, QueryPolicies } from './backend.js';
import { evaluateLocally, type LayerCache } from './local-backend.js';
import type { CheckResult, Finding } from './report-types.js';
import { callerArn, principalContext, type Scenario } from './scenarios.js';
import type { Role, User } from '../inventory/types.js';

/** What the checks need of one affected principal. */
export interface CheckSubject {
  ref: PrincipalRef;
  entity: User | Role;
  after: QueryPolicies;
}

/** The actions a user needs, without MFA, to enrol a virtual MFA device and obtain an MFA session. */
export const ENROLMENT_ACTIONS = [
  'iam:CreateVirtualMFADevice',
  'iam:EnableMFADevice',
  'iam:ListMFADevices',
  'iam:GetUser',
  'iam:ListVirtualMFADevices',
  'iam:ResyncMFADevice',
  'sts:GetSessionToken',
] as const;

/** Actions that reveal other principals; allowed without MFA they are a warning where MFA is enforced. */
export const EXPOSING_ACTIONS = [
  'iam:ListUsers',
  'iam:ListRoles',
  'iam:ListGroups',
  'iam:GetAccountAuthorizationDetails',
] as const;

function enrolmentResource(action: string, ref: PrincipalRef): string {
  if (action === 'iam:CreateVirtualMFADevice') return `arn:aws:iam::${ref.accountId}:mfa/${ref.name}`;
  if (action === 'iam:ListVirtualMFADevices' || action === 'sts:GetSessionToken') return '*';
  return ref.arn;
}

function mfaRelated(finding: Finding): boolean {
  return finding.cause.mfaCondition === true;
}

/** Runs the checks. `findings` are the planner's, used to tell which principals MFA now constrains. */
export function runChecks(
  subjects: readonly CheckSubject[],
  findings: readonly Finding[],
  noMfaScenario: Scenario,
  cache: LayerCache,
  engine: EngineOptions,
  organizationId?: string,
): CheckResult[] {
  const results: CheckResult[] = [];
  const lostWithoutMfa = new Set(
    findings
      .filter(
        (f) => f.change === 'lost' && (f.scenario === 'access-key' || f.scenario === 'no-mfa-session') && mfaRelated(f),
      )
      .map((f) => f.principal),
  );
  const roleSessionMfaLosses = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.change !== 'lost' || f.scenario !== 'role-session' || !mfaRelated(f)) continue;
    const list = roleSessionMfaLosses.get(f.principal);
    if (list) list.push(f);
    else roleSessionMfaLosses.set(f.principal, [f]);
  }
  for (const subject of subjects) {
    const { ref } = subject;
    if (ref.kind === 'user' && lostWithoutMfa.has(ref.arn)) {
      const query: EvaluationQuery = {
        principal: ref,
        callerArn: callerArn(ref, noMfaScenario),
        side: 'after',
        policies: subject.after,
        shape: { kind: 'custom' },
        context: principalContext(ref, subject.entity, noMfaScenario, organizationId),
        requests: [
          ...ENROLMENT_ACTIONS.map((action) => ({ action, resource: enrolmentResource(action, ref) })),
          ...EXPOSING_ACTIONS.map((action) => ({ action, resource: '*' })),
          { action: 'iam:ChangePassword', resource: ref.arn },
        ],
      };
      const evaluations = evaluateLocally(cache, query, engine);
      const enrolment = evaluations.slice(0, ENROLMENT_ACTIONS.length);
      // "No permissions are required for a user to get a session token … You cannot use policies to control
      // authentication operations" (IAM User Guide, "Permissions for GetSessionToken"): never blocked.
      const blocked = ENROLMENT_ACTIONS.filter(
        (action, i) => action !== 'sts:GetSessionToken' && enrolment[i].decision !== 'allowed',
      );
      // GetAccountAuthorizationDetails does not say which users have a console password: say what it would mean.
      const password =
        evaluations[evaluations.length - 1].decision === 'allowed'
          ? ''
          : `; if ${ref.name} signs in to the console with a password, iam:ChangePassword is denied without MFA too, so an expired password cannot be changed`;
      results.push({
        id: 'mfa-enrolment',
        principal: ref.arn,
        status: blocked.length > 0 ? 'fail' : 'pass',
        detail:
          blocked.length > 0
            ? `${ref.name} would be denied without MFA but cannot enrol one without MFA: ${blocked.join(', ')} ${blocked.length === 1 ? 'is' : 'are'} not allowed without MFA${password}`
            : `${ref.name} can still enrol an MFA device and get an MFA session without MFA${password}`,
      });
      const exposing = EXPOSING_ACTIONS.filter(
        (_, i) => evaluations[ENROLMENT_ACTIONS.length + i].decision === 'allowed',
      );
      if (exposing.length > 0) {
        results.push({
          id: 'exposed-without-mfa',
          principal: ref.arn,
          status: 'warn',
          detail: `${ref.name} can still call ${exposing.join(', ')} without MFA, which reveals other principals`,
        });
      }
    }
    if (ref.kind === 'role') {
      const mfaLosses = roleSessionMfaLosses.get(ref.arn) ?? [];
      if (mfaLosses.length > 0) {
        results.push({
          id: 'role-session-mfa',
          principal: ref.arn,
          status: 'warn',
          detail: `a policy requires MFA of ${ref.name}'s sessions (${mfaLosses[0].cause.summary}); AssumeRole alone may not carry MFA context: callers should call GetSessionToken with MFA, then AssumeRole`,
        });
      }
    }
  }
  return results;
}
