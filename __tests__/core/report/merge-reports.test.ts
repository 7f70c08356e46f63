// mergeReports on hand-built partial reports: what it rejects (and how it names the files), and how it merges the
// parts that each shard only knows partly.
import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/core/errors.js';
import type { CheckResult, Finding, ImpactReport } from '../../../src/core/impact/report-types.js';
import { mergeReports } from '../../../src/core/report/merge-reports.js';
import { parseImpactReport } from '../../../src/core/report/parse-report.js';

const A = '111111111111';
const B = '222222222222';
const arn = (account: string, name: string) => `arn:aws:iam::${account}:user/${name}`;

function lost(account: string, name: string, scenario = 'access-key', over: Partial<Finding> = {}): Finding {
  return {
    change: 'lost',
    principal: arn(account, name),
    account,
    scenario,
    action: 's3:PutObject',
    resource: '*',
    before: 'allowed',
    after: 'explicitDeny',
    cause: { summary: 'denied by "DenyWithoutMFA"', mfaCondition: true },
    accepted: false,
    actionClass: { size: 3, examples: ['s3:PutObject'] },
    principalKind: 'user',
    ...over,
  };
}

function unapplied(account: string): Finding {
  return {
    change: 'incomplete',
    principal: '*',
    account,
    scenario: '*',
    action: '*',
    resource: '*',
    before: 'unknown',
    after: 'unknown',
    cause: { summary: `account ${account} is governed by the changed policy but its IAM is not in the inventory` },
    accepted: false,
  };
}

function check(account: string, name: string): CheckResult {
  return { id: 'mfa-enrolment', principal: arn(account, name), status: 'fail', detail: `${name} cannot enrol` };
}

function report(over: Partial<ImpactReport> = {}): ImpactReport {
  return {
    schemaVersion: 1,
    generatedAt: '2026-11-22T00:00:00.000Z',
    summary: {
      principals: 2,
      decisions: 10,
      lost: 0,
      gained: 0,
      incomplete: 0,
      accepted: 0,
      principalsLosingAccess: 0,
      principalsGainingAccess: 0,
      principalsIncomplete: 0,
    },
    findings: [],
    checks: [],
    backend: { name: 'local', apiCalls: 0, notes: [] },
    warnings: [],
    scenarios: [{ id: 'access-key', description: 'long-term access keys' }],
    ...over,
  };
}

const expired = (n: number) => ({
  kind: 'expired-acceptance',
  message: `accept[1] ("batch users (legacy) go away") expired on 2020-01-01; the ${n} finding(s) it covered count as regressions again`,
});

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('no error thrown');
}

describe('mergeReports', () => {
  it('orders the findings about the whole change first, then principals by ARN, and recomputes the summary', () => {
    const shard1 = report({
      findings: [unapplied('999999999999'), lost(A, 'alice'), lost(A, 'alice', 'no-mfa-session'), lost(A, 'zed')],
      checks: [check(A, 'alice'), check(A, 'zed')],
    });
    const shard2 = report({
      findings: [
        { ...lost(B, 'bob'), change: 'incomplete', scenario: '*', before: 'unknown', after: 'unknown' },
        lost(B, 'bob', 'access-key', { accepted: true }),
      ],
      checks: [check(B, 'bob')],
      generatedAt: '2026-11-22T00:05:00.000Z',
    });
    const merged = mergeReports([shard2, shard1], ['p2.json', 'p1.json']);
    expect(merged.findings.map((f) => [f.principal, f.scenario, f.change])).toEqual([
      ['*', '*', 'incomplete'],
      [arn(B, 'bob'), '*', 'incomplete'],
      [arn(A, 'alice'), 'access-key', 'lost'],
      [arn(A, 'alice'), 'no-mfa-session', 'lost'],
      [arn(A, 'zed'), 'access-key', 'lost'],
      [arn(B, 'bob'), 'access-key', 'lost'],
    ]);
    expect(merged.checks.map((c) => c.principal)).toEqual([arn(A, 'alice'), arn(A, 'zed'), arn(B, 'bob')]);
    expect(merged.summary).toEqual({
      principals: 4,
      decisions: 20,
      lost: 4,
      gained: 0,
      incomplete: 2,
      accepted: 1,
      principalsLosingAccess: 2,
      principalsGainingAccess: 0,
      principalsIncomplete: 2,
    });
    expect(merged.generatedAt).toBe('2026-11-22T00:05:00.000Z');
  });

  it('sums expired acceptances per accept entry and keeps change-set warnings once, in order', () => {
    const drift = {
      kind: 'drift',
      message: 'policies/a.json differs from AWS',
      source: { origin: 'policy-file' as const, file: 'policies/a.json' },
    };
    const other = { kind: 'expired-acceptance', message: expired(1).message.replace('accept[1]', 'accept[0]') };
    const merged = mergeReports([
      report({ warnings: [drift, expired(4)] }),
      report({ warnings: [drift, other] }),
      report({ warnings: [drift, expired(2)] }),
    ]);
    expect(merged.warnings).toEqual([drift, other, expired(6)]);
  });

  it('sums API calls and keeps each backend note once', () => {
    const merged = mergeReports([
      report({ backend: { name: 'aws', apiCalls: 3, notes: ['RCPs were evaluated locally'] } }),
      report({ backend: { name: 'aws', apiCalls: 4, notes: ['RCPs were evaluated locally'] } }),
    ]);
    expect(merged.backend).toEqual({ name: 'aws', apiCalls: 7, notes: ['RCPs were evaluated locally'] });
  });

  it('is the identity on one complete report', () => {
    const one = report({ findings: [unapplied(B), lost(A, 'alice')], checks: [check(A, 'alice')] });
    const merged = mergeReports([one]);
    expect(merged.findings).toEqual(one.findings);
    expect(merged.checks).toEqual(one.checks);
  });

  it('rejects reports of different backends, naming the files', () => {
    const error = userError(() =>
      mergeReports([report(), report({ backend: { name: 'aws', apiCalls: 1, notes: [] } })], ['a.json', 'b.json']),
    );
    expect(error.message).toBe('a.json was evaluated with the local backend, b.json with the aws backend');
    expect(error.hint).toContain('--backend');
  });

  it('rejects reports of different scenarios, naming the files and the scenarios', () => {
    const error = userError(() =>
      mergeReports(
        [report(), report({ scenarios: [{ id: 'role-session', description: 'assumed role' }] })],
        ['a.json', 'b.json'],
      ),
    );
    expect(error.message).toBe('a.json and b.json evaluated different scenarios (access-key / role-session)');
  });

  it('rejects another schema version', () => {
    const future = { ...report(), schemaVersion: 2 } as unknown as ImpactReport;
    expect(() => mergeReports([report(), future], ['a.json', 'b.json'])).toThrow(
      'b.json: schemaVersion 2; this iam-impact merges schema version 1',
    );
  });

  it('rejects overlapping shards', () => {
    const shard = report({ findings: [lost(A, 'alice')] });
    expect(() => mergeReports([shard, shard], ['a.json', 'b.json'])).toThrow(
      `${arn(A, 'alice')} is in both a.json and b.json: the partial reports overlap`,
    );
    expect(() =>
      mergeReports([report({ findings: [unapplied(A)] }), report({ findings: [unapplied(A)] })], ['a.json', 'b.json']),
    ).toThrow('a.json and b.json both report the findings about the change as a whole');
  });

  it('puts partial reports in report order whatever order they come in', () => {
    const outside = { ...unapplied(B), principal: 'arn:aws:iam::333333333333:root', change: 'gained' as const };
    const shard = report({ findings: [lost(A, 'zed'), outside, lost(A, 'alice'), lost(A, 'alice', 'no-mfa-session')] });
    expect(mergeReports([shard]).findings.map((f) => [f.principal, f.scenario])).toEqual([
      ['arn:aws:iam::333333333333:root', '*'],
      [arn(A, 'alice'), 'access-key'],
      [arn(A, 'alice'), 'no-mfa-session'],
      [arn(A, 'zed'), 'access-key'],
    ]);
  });

  it('does not count a principal named by a finding about the whole change as an overlap', () => {
    const wholeChange = { ...unapplied(A), principal: arn(A, 'alice') };
    const merged = mergeReports([report({ findings: [wholeChange] }), report({ findings: [lost(A, 'alice')] })]);
    expect(merged.findings).toEqual([wholeChange, lost(A, 'alice')]);
  });

  it('rejects an expired-acceptance warning it cannot read', () => {
    const odd = report({ warnings: [{ kind: 'expired-acceptance', message: 'accept[0] expired' }] });
    expect(() => mergeReports([odd], ['a.json'])).toThrow(/^a\.json: warnings\[0\]\.message: an expired-acceptance/);
  });

  it('rejects an empty list', () => {
    expect(() => mergeReports([])).toThrow(UserError);
  });
});

/** A report as parsed JSON, open to breaking. */
interface LooseReport {
  findings: Record<string, unknown>[];
  summary: Record<string, unknown>;
  backend: Record<string, unknown>;
  [key: string]: unknown;
}

describe('parseImpactReport', () => {
  const valid = (): LooseReport =>
    JSON.parse(JSON.stringify(report({ findings: [lost(A, 'alice')], checks: [check(A, 'alice')] })));

  it('accepts a report', () => {
    expect(parseImpactReport(valid(), 'r.json')).toEqual(valid());
  });

  it.each<[string, (r: LooseReport) => void, string]>([
    ['a missing field', (r) => delete r.findings[0].principal, 'r.json: findings[0].principal: missing'],
    ['a wrong type', (r) => (r.summary.lost = 'many'), 'r.json: summary.lost: must be a whole number'],
    [
      'an unknown change',
      (r) => (r.findings[0].change = 'broken'),
      'r.json: findings[0].change: must be lost, gained or incomplete, got "broken"',
    ],
    ['a missing section', (r) => delete r.checks, 'r.json: checks: missing'],
    ['a bad backend', (r) => (r.backend.name = 'cloud'), 'r.json: backend.name: must be local or aws, got "cloud"'],
    [
      'a bad time',
      (r) => (r.generatedAt = 'yesterday'),
      'r.json: generatedAt: must be an ISO 8601 time, got "yesterday"',
    ],
    [
      'another schema version',
      (r) => (r.schemaVersion = 2),
      'r.json: schemaVersion: 2; this iam-impact reads schema version 1',
    ],
    [
      'no schema version',
      (r) => delete r.schemaVersion,
      'r.json: schemaVersion: missing; this iam-impact reads schema version 1',
    ],
  ])('names the file and field of %s', (_, breakIt, message) => {
    const broken = valid();
    breakIt(broken);
    expect(() => parseImpactReport(broken, 'r.json')).toThrow(message);
  });

  it('rejects what is not an object', () => {
    expect(() => parseImpactReport([1, 2], 'r.json')).toThrow('r.json: not a report (the top level must be an object)');
  });
});
