import { describe, expect, it } from '@jest/globals';
import type { Finding, ImpactReport } from '../../../src/core/impact/report-types.js';
import { findingGroup, inReportOrder } from '../../../src/core/report/report-order.js';

const base: Finding = {
  change: 'lost',
  principal: '',
  account: '111111111111',
  scenario: 'access-key',
  action: 's3:PutObject',
  resource: '*',
  before: 'allowed',
  after: 'explicitDeny',
  cause: { summary: 'x' },
  accepted: false,
};
const evaluated = (name: string, scenario = 'access-key'): Finding => ({
  ...base,
  principal: `arn:aws:iam::111111111111:user/${name}`,
  scenario,
  principalKind: 'user',
});
const notEvaluated = (name: string): Finding => ({
  ...evaluated(name, '*'),
  change: 'incomplete',
  before: 'unknown',
  after: 'unknown',
});
const wholeChange = (principal: string): Finding => ({ ...base, principal, scenario: '*', change: 'incomplete' });

describe('report order', () => {
  it('groups findings: the whole change, then principals not evaluated, then evaluated ones', () => {
    expect([wholeChange('*'), notEvaluated('a'), evaluated('a')].map(findingGroup)).toEqual([0, 1, 2]);
  });

  it('keeps the planner order of the whole-change findings and of each principal, and sorts principals by ARN', () => {
    const findings = [
      evaluated('zed'),
      evaluated('bob', 'no-mfa-session'),
      wholeChange('*'),
      evaluated('bob', 'access-key'),
      notEvaluated('carl'),
      wholeChange('arn:aws:iam::222222222222:root'),
      notEvaluated('al'),
    ];
    const report = { findings, checks: [{ principal: 'b' }, { principal: 'a' }] } as unknown as ImpactReport;
    const ordered = inReportOrder(report);
    expect(ordered.findings.map((f) => `${findingGroup(f)} ${f.principal.split(':').pop()} ${f.scenario}`)).toEqual([
      '0 * *',
      '0 root *',
      '1 user/al *',
      '1 user/carl *',
      '2 user/bob no-mfa-session',
      '2 user/bob access-key',
      '2 user/zed access-key',
    ]);
    expect(ordered.checks.map((c) => c.principal)).toEqual(['a', 'b']);
    // A copy: the planner's report is left as it was.
    expect(report.findings[0]).toBe(findings[0]);
    expect(report.findings).toHaveLength(7);
    expect(report.findings.map((f) => f.principal)[0]).toContain('user/zed');
  });
});
