// fail-on and fail-on-incomplete: which reports fail the check, the reasons given, and the output counts.
import { describe, expect, it } from '@jest/globals';
import { decideVerdict, verdictMessage, type VerdictOptions } from '../../src/action/verdict.js';
import { finding, report, user } from './report-fixtures.js';

const REGRESSIONS: VerdictOptions = { failOn: 'regressions', failOnIncomplete: true };
const ANY: VerdictOptions = { failOn: 'any-change', failOnIncomplete: true };
const NEVER: VerdictOptions = { failOn: 'never', failOnIncomplete: true };

const lost = finding();
const lostToo = finding({ principal: user('etl'), scenario: 'no-mfa-session' });
const accepted = finding({ accepted: true, acceptedReason: 'batch jobs move to MFA sessions' });
const gained = finding({ change: 'gained', before: 'implicitDeny', after: 'allowed', hint: undefined });
const incomplete = finding({
  change: 'incomplete',
  before: 'unknown',
  after: 'unknown',
  cause: { summary: 'The policy ARN is unknown until apply.' },
});
const failedCheck = {
  id: 'mfa-enrolment',
  principal: user('analyst-1'),
  status: 'fail' as const,
  detail: 'cannot enrol an MFA device without MFA (iam:CreateVirtualMFADevice is denied)',
};
const expired = {
  kind: 'expired-acceptance',
  message:
    'accept[0] ("batch jobs move to MFA sessions") expired on 2026-01-31; the 1 finding(s) it covered count as regressions again',
};

describe('verdict.ts', () => {
  it('passes a report with nothing lost, and counts nothing', () => {
    expect(decideVerdict(report(), REGRESSIONS)).toEqual({
      failed: false,
      reasons: [],
      regressions: 0,
      gained: 0,
      incomplete: 0,
    });
  });

  it('fails on unaccepted losses, counting findings and principals', () => {
    const v = decideVerdict(report([lost, lostToo]), REGRESSIONS);
    expect(v.failed).toBe(true);
    expect(v.reasons).toEqual(['2 principals lose access that no accept entry covers (2 findings)']);
    expect(v.regressions).toBe(2);
  });

  it('passes accepted losses under regressions, and fails them under any-change', () => {
    expect(decideVerdict(report([accepted]), REGRESSIONS)).toMatchObject({ failed: false, regressions: 0 });
    const any = decideVerdict(report([accepted]), ANY);
    expect(any.failed).toBe(true);
    expect(any.reasons).toEqual([
      '1 principal loses access under accept entries (1 finding), and fail-on is any-change',
    ]);
  });

  it('fails on a failed check, even with no loss', () => {
    const v = decideVerdict(report([], [failedCheck, { ...failedCheck, principal: user('analyst-2') }]), REGRESSIONS);
    expect(v).toMatchObject({ failed: true, regressions: 2 });
    expect(v.reasons).toEqual(['the mfa-enrolment check fails for 2 principals']);
  });

  it('passes a warning check', () => {
    const warn = { ...failedCheck, id: 'exposed-without-mfa', status: 'warn' as const };
    expect(decideVerdict(report([], [warn]), REGRESSIONS).failed).toBe(false);
  });

  it('fails on an expired acceptance with a reason that says it expired', () => {
    const v = decideVerdict(report([lost], [], [expired]), REGRESSIONS);
    expect(v.failed).toBe(true);
    expect(v.reasons).toContain(expired.message);
    expect(v.reasons.join('\n')).toContain('expired on 2026-01-31');
  });

  it('fails on incomplete evaluation unless fail-on-incomplete is false', () => {
    const v = decideVerdict(report([incomplete]), REGRESSIONS);
    expect(v).toMatchObject({ failed: true, incomplete: 1, regressions: 0 });
    expect(v.reasons[0]).toContain('1 principal could not be evaluated (1 finding), so it may lose access');
    expect(decideVerdict(report([incomplete]), { ...REGRESSIONS, failOnIncomplete: false })).toMatchObject({
      failed: false,
      reasons: [],
      incomplete: 1,
    });
  });

  it('fails on gained access only under any-change', () => {
    expect(decideVerdict(report([gained]), REGRESSIONS)).toMatchObject({ failed: false, gained: 1 });
    expect(decideVerdict(report([gained]), ANY)).toMatchObject({
      failed: true,
      gained: 1,
      reasons: ['1 principal gains access (1 finding), and fail-on is any-change'],
    });
  });

  it('never fails under never, but keeps the reasons for the log', () => {
    const v = decideVerdict(report([lost, incomplete], [failedCheck]), NEVER);
    expect(v.failed).toBe(false);
    expect(v.reasons).toHaveLength(3);
    expect(verdictMessage(v, NEVER, 'See the job summary.')).toMatch(
      /^iam-impact: the check passes because fail-on is never, although:\n- /,
    );
  });

  it('words a failure with every reason and where the report is', () => {
    const v = decideVerdict(report([lost], [failedCheck]), REGRESSIONS);
    expect(verdictMessage(v, REGRESSIONS, 'See the job summary.')).toBe(
      [
        'iam-impact: the change fails the check (fail-on: regressions):',
        '- 1 principal loses access that no accept entry covers (1 finding)',
        '- the mfa-enrolment check fails for 1 principal',
        'See the job summary.',
      ].join('\n'),
    );
    expect(verdictMessage(decideVerdict(report(), REGRESSIONS), REGRESSIONS, 'See the job summary.')).toBe(
      'iam-impact: the check passes. See the job summary.',
    );
  });
});
