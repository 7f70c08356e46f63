// Annotations: an error per principal and cause on the cause's file and line, a notice per gain, warnings for what
// could not be evaluated, the config file as fallback, and a budget per level that ends with a note.
import { describe, expect, it } from '@jest/globals';
import { emitAnnotations, reportAnnotations, type AnnotationOptions } from '../../src/action/annotations.js';
import { finding, report, user } from './report-fixtures.js';
import { annotations, fakeDeps } from './fake-action-deps.js';

const OPTIONS: AnnotationOptions = {
  workspacePath: (file) => `infra/${file}`,
  configFile: 'infra/.github/iam-impact.yml',
  fullReport: 'see the job summary (https://github.com/acme/infra/actions/runs/4242)',
};

describe('annotations.ts', () => {
  it('groups the findings of one principal and one cause into one error on the cause file and line', () => {
    const list = reportAnnotations(
      report([
        finding({ scenario: 'access-key' }),
        finding({ scenario: 'no-mfa-session' }),
        finding({
          scenario: 'access-key',
          action: 'ec2:RunInstances',
          actionClass: { size: 20, examples: ['ec2:RunInstances'] },
        }),
      ]),
      OPTIONS,
    );
    expect(list).toEqual([
      {
        level: 'error',
        message: [
          'user/batch-job (111122223333) loses 200 actions incl. s3:PutObject, s3:GetObject, ec2:RunInstances when signing in with access-key, no-mfa-session.',
          'Cause: statement "DenyAllExceptListedIfNoMFA" of identity-based policy user/batch-job#force-mfa at policies/users/batch-job/force-mfa.json:41.',
          'Hint: Use `aws sts get-session-token --serial-number ARN --token-code CODE` first.',
        ].join('\n'),
        place: {
          title: 'iam-impact: user/batch-job (111122223333) loses access (access-key, no-mfa-session)',
          file: 'infra/policies/users/batch-job/force-mfa.json',
          startLine: 41,
        },
      },
    ]);
  });

  it('gives each principal and each cause its own annotation', () => {
    const otherCause = finding({
      cause: {
        summary: 'SCP',
        layer: 'scp',
        policy: 'require-mfa (p-1)',
        statementIndex: 0,
        sid: 'DenyAllWithoutMFA',
        file: 'scps/require-mfa.json',
        line: 4,
      },
    });
    const list = reportAnnotations(report([finding(), finding({ principal: user('etl') }), otherCause]), OPTIONS);
    expect(list.map((a) => [a.level, a.place.file, a.place.startLine])).toEqual([
      ['error', 'infra/policies/users/batch-job/force-mfa.json', 41],
      ['error', 'infra/scps/require-mfa.json', 4],
      ['error', 'infra/policies/users/batch-job/force-mfa.json', 41],
    ]);
    expect(list.map((a) => a.message.split(' ')[0])).toEqual(['user/batch-job', 'user/batch-job', 'user/etl']);
  });

  it('annotates gains as notices, what could not be evaluated and change-set warnings as warnings', () => {
    const list = reportAnnotations(
      report(
        [
          finding({
            change: 'gained',
            before: 'implicitDeny',
            after: 'allowed',
            hint: undefined,
            principal: user('new'),
          }),
          finding({
            change: 'incomplete',
            before: 'unknown',
            after: 'unknown',
            hint: undefined,
            cause: { summary: 'The policy ARN is unknown until apply', address: 'aws_iam_policy.x' },
          }),
        ],
        [],
        [
          {
            kind: 'drift',
            message: 'policy X in AWS differs from x.json',
            source: { origin: 'policy-file', file: 'x.json', line: 1 },
          },
        ],
      ),
      OPTIONS,
    );
    expect(list.map((a) => [a.level, a.place.title, a.place.file, a.place.startLine])).toEqual([
      [
        'warning',
        'iam-impact: user/batch-job (111122223333) could not be evaluated (access-key)',
        'infra/.github/iam-impact.yml',
        undefined,
      ],
      ['warning', 'iam-impact: drift', 'infra/x.json', 1],
      [
        'notice',
        'iam-impact: user/new (111122223333) gains access (access-key)',
        'infra/policies/users/batch-job/force-mfa.json',
        41,
      ],
    ]);
    expect(list[0].message).toContain('Reason: The policy ARN is unknown until apply at aws_iam_policy.x.');
  });

  it('does not annotate accepted losses as errors', () => {
    expect(reportAnnotations(report([finding({ accepted: true, acceptedReason: 'ok' })]), OPTIONS)).toEqual([]);
  });

  it('annotates failed checks as errors, naming the principals', () => {
    const check = {
      id: 'mfa-enrolment',
      principal: user('analyst-1'),
      status: 'fail' as const,
      detail: 'cannot enrol an MFA device',
    };
    const list = reportAnnotations(report([], [check, { ...check, principal: user('analyst-2') }]), OPTIONS);
    expect(list).toEqual([
      {
        level: 'error',
        message:
          'The mfa-enrolment check fails for user/analyst-1 (111122223333), user/analyst-2 (111122223333): cannot enrol an MFA device',
        place: { title: 'iam-impact: the mfa-enrolment check fails', file: 'infra/.github/iam-impact.yml' },
      },
    ]);
  });

  it('falls back to no file without a config file', () => {
    const list = reportAnnotations(report([finding({ cause: { summary: 'Denied by SCP p-1' } })]), {
      ...OPTIONS,
      configFile: undefined,
    });
    expect(list[0].place).toEqual({ title: expect.any(String) });
  });

  it('keeps thousands of findings to the budget, the last annotation pointing to the job summary', () => {
    const many = Array.from({ length: 3000 }, (_, i) => finding({ principal: user(`u${String(i).padStart(4, '0')}`) }));
    const gains = Array.from({ length: 12 }, (_, i) => finding({ change: 'gained', principal: user(`g${i}`) }));
    const list = reportAnnotations(report([...many, ...gains]), OPTIONS);
    const errors = list.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(9);
    expect(errors[8]).toEqual({
      level: 'error',
      message:
        '…and 2,992 more losses or failed checks: see the job summary (https://github.com/acme/infra/actions/runs/4242).',
      place: { title: 'iam-impact: 2,992 more losses or failed checks not annotated' },
    });
    const notices = list.filter((a) => a.level === 'notice');
    expect(notices).toHaveLength(9);
    expect(notices[8].message).toBe(
      '…and 4 more gains: see the job summary (https://github.com/acme/infra/actions/runs/4242).',
    );
  });

  it('emits through the log with the annotation properties', () => {
    const { deps, record } = fakeDeps();
    emitAnnotations(reportAnnotations(report([finding()]), OPTIONS), deps.log);
    expect(annotations(record, 'error')).toEqual([
      expect.objectContaining({
        place: expect.objectContaining({ file: 'infra/policies/users/batch-job/force-mfa.json', startLine: 41 }),
      }),
    ]);
  });

  it('keeps names that carry line breaks on one line in titles', () => {
    const list = reportAnnotations(report([finding({ principal: user('evil\nname') })]), OPTIONS);
    expect(list[0].place.title).not.toContain('\n');
  });
});
