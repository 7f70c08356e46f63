import { describe, expect, it } from '@jest/globals';
import type { Finding, ImpactReport } from '../../../src/core/impact/report-types.js';
import { DEFAULT_MAX_LENGTH, renderMarkdown } from '../../../src/core/report/render-markdown.js';
import {
  LINK_BASE,
  cleanReport,
  manyLossesReport,
  mfaRolloutReport,
  scpRoleSessionReport,
  terraformIncompleteReport,
} from './fixtures.js';
import { expectGolden } from './golden.js';

const MARKER = '<!-- iam-impact -->';

/** Table rows of the output, with the number of cell separators (unescaped pipes) in each. */
function tableRows(markdown: string): { line: string; pipes: number }[] {
  return markdown
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((line) => ({ line, pipes: line.split('|').length - 1 }));
}

/** The output with the HTML the renderer itself writes removed. */
function withoutOwnHtml(markdown: string): string {
  return markdown.replace(/<!-- [^<>]* -->|<\/?details>|<\/?summary>|<\/?sub>/g, '');
}

describe('renderMarkdown', () => {
  it('renders the MFA roll-out: access-key losses with linked causes and hints, failing enrolment checks', () => {
    const md = renderMarkdown(mfaRolloutReport(), { marker: MARKER, linkBase: LINK_BASE });
    expectGolden('mfa-rollout.md', md);
    expect(md.startsWith(`${MARKER}\n### iam-impact: ❌ 2 principals lose access\n`)).toBe(true);
    expect(md).toContain('16,342 actions incl. s3:PutObject, ec2:RunInstances');
    expect(md).toContain(`](${LINK_BASE}/policies/force-mfa.json#L42)`);
    expect(md).toContain('fails for user/analyst (111122223333), user/intern (111122223333): cannot call');
    // The MFA session scenario loses nothing: it has no row.
    expect(md).not.toContain('| console or sts get-session-token with MFA |');
  });

  it('renders an SCP that locks role sessions out, with the accepted loss apart and the backend notes', () => {
    const md = renderMarkdown(scpRoleSessionReport(), { marker: MARKER, linkBase: LINK_BASE });
    expectGolden('scp-role-session.md', md);
    expect(md).toContain('### iam-impact: ❌ 1 principal loses access');
    expect(md).toContain('#### Accepted losses');
    expect(md).toContain('legacy-etl is decommissioned on 2026-12-01 (OPS-4411)');
    expect(md).toContain('backend: aws, 37 API calls');
  });

  it('says a Terraform plan with unknown values is incomplete, never that nothing is lost', () => {
    const md = renderMarkdown(terraformIncompleteReport(), { marker: MARKER });
    expectGolden('terraform-incomplete.md', md);
    expect(md).toContain('### iam-impact: ⚠️ incomplete: 2 principals could not be evaluated');
    expect(md).not.toMatch(/no principal loses access/i);
    expect(md).toContain('aws\\_iam\\_policy.app.policy is computed during apply');
    expect(md).toContain('#### Gained access');
    expect(md).toContain('- **drift**: the live default version');
  });

  it('says nothing is lost when nothing is', () => {
    const md = renderMarkdown(cleanReport());
    expectGolden('clean.md', md);
    expect(md.startsWith('### iam-impact: ✅ No principal loses access\n')).toBe(true);
  });

  it('folds long tables into one <details> per account', () => {
    const md = renderMarkdown(manyLossesReport(12, ['111122223333', '444455556666']), { marker: MARKER });
    expectGolden('two-accounts.md', md);
    expect(md.match(/<details>/g)).toHaveLength(2);
    expect(md).toContain('<details><summary>account 444455556666: 12 principals, 12 rows</summary>');
    expect(renderMarkdown(manyLossesReport(12))).not.toContain('<details>');
  });

  it('names incomplete principals in the verdict even alongside losses', () => {
    const report = mfaRolloutReport();
    const incomplete = terraformIncompleteReport().findings[0];
    report.findings.push(incomplete);
    report.summary = { ...report.summary, incomplete: 1, principalsIncomplete: 1 };
    expect(renderMarkdown(report)).toContain('### iam-impact: ❌ 2 principals lose access, 1 could not be evaluated');
  });

  it('says checks fail when no principal loses access but a check fails', () => {
    const report = cleanReport();
    report.checks.push({ id: 'mfa-enrolment', principal: 'arn:aws:iam::1:user/a', status: 'fail', detail: 'x' });
    expect(renderMarkdown(report)).toContain('⚠️ No principal loses access, but checks fail for 1 principal');
  });

  describe('size', () => {
    const report = manyLossesReport(5_000);

    it('summarizes 5,000 losing principals under a GitHub comment limit, the biggest losses first', () => {
      const md = renderMarkdown(report, { marker: MARKER });
      expect(md.length).toBeLessThan(65_536);
      expect(md.length).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
      expect(md).toContain('> **Summarized** to stay under 65,000 characters');
      expect(md).toMatch(/…and [\d,]+ more principals: the full table is in the job summary and the JSON report\./);
      // Header, counts and checks stay.
      expect(md).toContain('### iam-impact: ❌ 5,000 principals lose access');
      expect(md).toContain('**5,000** lose access');
      expect(md).toContain('- ❌ **mfa-enrolment**: fails for user/analyst (111122223333)');
      // The rows shown are those that lose the most, in that order, and the count of the rest adds up.
      const rows = tableRows(md).slice(2);
      expect(rows.length).toBeGreaterThan(50);
      expect(rows[0].line).toContain('user-04999');
      expect(rows[1].line).toContain('user-04998');
      const more = Number(/…and ([\d,]+) more principals/.exec(md)?.[1].replace(/,/g, ''));
      expect(rows.length + more).toBe(5_000);
      // It uses the space it has.
      expect(md.length).toBeGreaterThan(DEFAULT_MAX_LENGTH - 1_000);
    });

    it('keeps any maxLength, and renders everything when it fits', () => {
      for (const maxLength of [20_000, 3_000, 1_000, 300]) {
        expect(renderMarkdown(report, { maxLength, marker: MARKER }).length).toBeLessThanOrEqual(maxLength);
      }
      const small = renderMarkdown(report, { maxLength: 3_000, fullReportNote: 'see the artifact' });
      expect(small).toContain('see the artifact');
      expect(small).toContain('- ❌ **mfa-enrolment**');
      const full = renderMarkdown(manyLossesReport(40), { maxLength: 1_000_000 });
      expect(full).not.toContain('Summarized');
      expect(tableRows(full).length).toBe(40 + 2);
    });

    it('summarizes a huge check list too, after the tables', () => {
      const r = cleanReport();
      for (let i = 0; i < 5_000; i++) {
        r.checks.push({
          id: 'mfa-enrolment',
          principal: `arn:aws:iam::111122223333:user/u${i}`,
          status: 'fail',
          detail: `cannot call iam:CreateVirtualMFADevice without MFA (reason ${i})`,
        });
      }
      const md = renderMarkdown(r);
      expect(md.length).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
      expect(md).toMatch(/- …and [\d,]+ more check results: the full table is in the job summary/);
    });
  });

  describe('escaping', () => {
    const SID = '</details><img src=x onerror=alert(1)>|x';
    const NAME = 'evil`name`*_[x](javascript:alert(1))';

    function hostile(): ImpactReport {
      const report = mfaRolloutReport();
      const finding: Finding = {
        ...report.findings[0],
        principal: `arn:aws:iam::111122223333:user/${NAME}`,
        cause: {
          summary: SID,
          layer: 'identity',
          policy: 'arn:aws:iam::111122223333:policy/<b>Bold</b>|p',
          statementIndex: 3,
          sid: SID,
          file: 'policies/a b)(x]<y>.json',
          line: 7,
        },
        hint: 'run `</details>` then <script>alert(1)</script>\nnew line | cell @acme/admins',
      };
      report.findings = [finding];
      report.checks = [{ id: 'mfa-enrolment', principal: finding.principal, status: 'fail', detail: SID }];
      report.warnings = [{ kind: 'drift', message: `drift in ${SID}`, source: { origin: 'policy-file', file: NAME } }];
      report.backend.notes = [`note ${SID}`];
      return report;
    }

    it('keeps names, Sids, policies, files and hints from injecting Markdown or HTML', () => {
      const md = renderMarkdown(hostile(), { linkBase: LINK_BASE, title: 'iam <i>impact</i>', marker: MARKER });
      expectGolden('escaping.md', md);
      for (const raw of [SID, '<img', '</details><', '<script', '<b>', NAME, '`name`', '@acme']) {
        expect(md).not.toContain(raw);
      }
      // No links but the two file links (the cause and the warning): every other `](` is escaped.
      expect(md.match(/(?<!\\)\]\(/g)).toHaveLength(2);
      // The only HTML left is the renderer's own.
      expect(withoutOwnHtml(md)).not.toMatch(/[<>]/);
      // Every table row has exactly its cells: nothing splits one.
      const rows = tableRows(md);
      expect(rows.length).toBe(3);
      for (const r of rows) expect(r.pipes).toBe(6);
      // The Sid and the name are still there, escaped, and the file link is percent-encoded.
      expect(md).toContain('&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt;&#124;x');
      expect(md).toContain('evil\\`name\\`\\*\\_\\[x\\](javascript:alert(1))');
      expect(md).toContain(`(${LINK_BASE}/policies/a%20b%29%28x%5D%3Cy%3E.json#L7)`);
      // Every line that the hint's newline could have started is gone.
      expect(md).not.toMatch(/^new line/m);
      expect(md).toContain('@&#8203;acme/admins');
    });

    it('links only to http(s) bases and plain relative paths', () => {
      const report = mfaRolloutReport();
      expect(renderMarkdown(report, { linkBase: 'javascript:alert(1)//' })).not.toContain('](');
      report.findings[0].cause.file = '../../etc/passwd';
      const md = renderMarkdown(report, { linkBase: LINK_BASE });
      expect(md).not.toContain('etc/passwd#L');
      expect(md).toContain('../../etc/passwd:42');
      expect(renderMarkdown(mfaRolloutReport(), { linkBase: `${LINK_BASE}/` })).toContain(
        `(${LINK_BASE}/policies/force-mfa.json#L42)`,
      );
    });

    it('makes the marker a comment that cannot close early', () => {
      expect(renderMarkdown(cleanReport(), { marker: '<!-- a --> <img src=x> -->' }).split('\n')[0]).toBe(
        '<!-- a - img src=x -->',
      );
      expect(renderMarkdown(cleanReport(), { marker: 'iam-impact' }).split('\n')[0]).toBe('<!-- iam-impact -->');
    });
  });
});
