/** Hand-built impact reports for the action's unit tests: findings, checks and warnings with sensible defaults. */
import type { ChangeWarning } from '../../src/core/changes/change-set.js';
import type { CheckResult, Finding, ImpactReport } from '../../src/core/impact/report-types.js';
import { BUILT_IN_SCENARIOS } from '../../src/core/impact/scenarios.js';

export const ACCOUNT = '111122223333';

/** A user's ARN. */
export const user = (name: string, account = ACCOUNT) => `arn:aws:iam::${account}:user/${name}`;

/** A lost finding caused by a force-MFA statement, unless overridden. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    change: 'lost',
    principal: user('batch-job'),
    account: ACCOUNT,
    scenario: 'access-key',
    action: 's3:PutObject',
    resource: '*',
    before: 'allowed',
    after: 'explicitDeny',
    cause: {
      summary: 'Explicitly denied by statement "DenyAllExceptListedIfNoMFA".',
      layer: 'identity',
      policy: `${user('batch-job')}#force-mfa`,
      statementIndex: 4,
      sid: 'DenyAllExceptListedIfNoMFA',
      file: 'policies/users/batch-job/force-mfa.json',
      line: 41,
    },
    hint: 'Use `aws sts get-session-token --serial-number ARN --token-code CODE` first.',
    accepted: false,
    actionClass: { size: 180, examples: ['s3:PutObject', 's3:GetObject'] },
    principalKind: 'user',
    ...overrides,
  };
}

/** A report of the given parts, with a summary computed from them. */
export function report(
  findings: Finding[] = [],
  checks: CheckResult[] = [],
  warnings: ChangeWarning[] = [],
): ImpactReport {
  const principals = (change: Finding['change'], accepted?: boolean) =>
    new Set(
      findings
        .filter((f) => f.change === change && (accepted === undefined || f.accepted === accepted))
        .map((f) => f.principal),
    ).size;
  return {
    schemaVersion: 1,
    generatedAt: '2026-11-22T00:00:00.000Z',
    summary: {
      principals: new Set(findings.map((f) => f.principal)).size,
      decisions: findings.length * 2,
      lost: findings.filter((f) => f.change === 'lost').length,
      gained: findings.filter((f) => f.change === 'gained').length,
      incomplete: findings.filter((f) => f.change === 'incomplete').length,
      accepted: findings.filter((f) => f.accepted).length,
      principalsLosingAccess: principals('lost', false),
      principalsGainingAccess: principals('gained'),
      principalsIncomplete: principals('incomplete'),
    },
    findings,
    checks,
    backend: { name: 'local', apiCalls: 0, notes: [] },
    warnings,
    scenarios: BUILT_IN_SCENARIOS.map((s) => ({ id: s.id, description: s.description })),
  };
}
