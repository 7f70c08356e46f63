import { describe, expect, it } from '@jest/globals';
import { alignColumns, renderTable } from '../../../src/core/report/render-table.js';
import {
  cleanReport,
  manyLossesReport,
  mfaRolloutReport,
  scpRoleSessionReport,
  terraformIncompleteReport,
} from './fixtures.js';
import { expectGolden } from './golden.js';

describe('renderTable', () => {
  it.each([
    ['mfa-rollout', mfaRolloutReport],
    ['scp-role-session', scpRoleSessionReport],
    ['terraform-incomplete', terraformIncompleteReport],
    ['clean', cleanReport],
  ])('renders %s', (name, build) => {
    const text = renderTable(build());
    expectGolden(`${name}.txt`, text);
    expect(text).not.toMatch(/[ \t]+$/m);
  });

  it('leads with the verdict and never says "no loss" when something is incomplete', () => {
    expect(renderTable(mfaRolloutReport()).split('\n')[0]).toBe('iam-impact: 2 principals lose access');
    expect(renderTable(terraformIncompleteReport()).split('\n')[0]).toBe(
      'iam-impact: incomplete: 2 principals could not be evaluated',
    );
    expect(renderTable(cleanReport()).split('\n')[0]).toBe('iam-impact: No principal loses access');
  });

  it('aligns the columns of every row', () => {
    const lines = renderTable(manyLossesReport(12)).split('\n');
    const head = lines.findIndex((l) => l.startsWith('PRINCIPAL'));
    const column = lines[head].indexOf('SCENARIO');
    for (const line of lines.slice(head + 1, head + 13)) expect(line.slice(column, column + 10)).toBe('access-key');
  });

  it('keeps control characters and line breaks out of the terminal', () => {
    const report = mfaRolloutReport();
    report.findings[0].principal = 'arn:aws:iam::111122223333:user/\u001b[31mred\u001b[0m';
    report.findings[0].hint = 'line one\nline two\r\u202egnp.exe';
    const text = renderTable(report);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
    expect(text).toContain('user/\uFFFD[31mred\uFFFD[0m (111122223333)');
    expect(text).toContain('line one line two \uFFFDgnp.exe');
  });

  it('pads by characters, not UTF-16 units', () => {
    expect(
      alignColumns([
        ['a…', 'x'],
        ['abc', 'y'],
      ]),
    ).toEqual(['a…   x', 'abc  y']);
  });
});
