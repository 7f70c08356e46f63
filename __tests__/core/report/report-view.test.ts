import { describe, expect, it } from '@jest/globals';
import {
  actionsText,
  causeView,
  formatCount,
  groupFindings,
  principalLabel,
  shortPolicy,
  shortPrincipal,
} from '../../../src/core/report/report-view.js';
import { mfaRolloutReport } from './fixtures.js';

describe('report-view.ts', () => {
  it('formats counts without locale data', () => {
    expect([0, 999, 1_000, 16_342, 1_234_567].map(formatCount)).toEqual(['0', '999', '1,000', '16,342', '1,234,567']);
  });

  it('shortens principals and policies', () => {
    expect(shortPrincipal('arn:aws:iam::111122223333:user/jobs/batch')).toBe('user/batch');
    expect(shortPrincipal('arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_x')).toBe(
      'role/AWSReservedSSO_x',
    );
    expect(shortPrincipal('arn:aws:sts::111122223333:assumed-role/deploy/iam-impact')).toBe(
      'assumed-role/deploy/iam-impact',
    );
    expect(shortPrincipal('*')).toBe('unknown principals');
    expect(principalLabel('arn:aws:iam::111122223333:user/a')).toBe('user/a (111122223333)');
    expect(shortPolicy('arn:aws:iam::aws:policy/job-function/ViewOnlyAccess')).toBe('ViewOnlyAccess');
    expect(shortPolicy('arn:aws:iam::111122223333:user/a#inline-s3')).toBe('user/a#inline-s3');
    expect(shortPolicy('RequireMFA (p-7h2kq9xm)')).toBe('RequireMFA (p-7h2kq9xm)');
  });

  it('names causes by statement, policy and layer, or by their summary', () => {
    expect(
      causeView({ summary: 's', layer: 'permissionsBoundary', policy: 'arn:aws:iam::1:policy/B', statementIndex: 2 }),
    ).toEqual({
      label: 'statement #2 of permissions boundary B',
    });
    expect(
      causeView({ summary: 'SCP level ou-1 has no statement allowing s3:PutObject.', layer: 'scp', level: 'ou-1' }),
    ).toEqual({
      label: 'SCP level ou-1 has no statement allowing s3:PutObject',
    });
    expect(causeView({ summary: 'x', file: 'p.json', line: -1 })).toEqual({ label: 'x', place: { file: 'p.json' } });
  });

  it('sums action classes and names the representatives', () => {
    expect(actionsText({ total: 1, names: ['s3:PutObject'] })).toBe('s3:PutObject');
    expect(actionsText({ total: 16_342, names: ['s3:PutObject', 'ec2:RunInstances'] })).toBe(
      '16,342 actions incl. s3:PutObject, ec2:RunInstances',
    );
    expect(actionsText({ total: 1, names: ['*'] })).toBe('all actions');
    const groups = groupFindings(mfaRolloutReport());
    expect(groups.lost.map((g) => [g.principal.split('/')[1], g.rows.map((r) => r.scenario), g.actions])).toEqual([
      ['dev-alice', ['access-key', 'no-mfa-session'], 32_684],
      ['batch-uploader', ['access-key'], 2],
    ]);
  });
});
