/**
 * The report as plain text for terminals (`iam-impact plan --format table`): the same content as the Markdown, in
 * aligned columns, every value on one line and free of control characters. Scenarios appear by id in the tables and
 * are described once at the end.
 */
import type { ImpactReport } from '../impact/report-types.js';
import { terminalText } from './escape.js';
import {
  MAX_CAUSES,
  MAX_HINTS,
  actionsText,
  countItems,
  groupChecks,
  groupFindings,
  placeText,
  plural,
  principalLabel,
  scenarioLabel,
  verdict,
  type CauseView,
  type ReportRow,
  type RowKind,
} from './report-view.js';

function limited(items: string[], max: number, noun: string): string {
  const shown = items.slice(0, max);
  if (items.length > max) shown.push(`and ${plural(items.length - max, noun)}`);
  return shown.join('; ');
}

function causeText(cause: CauseView): string {
  return cause.place ? `${cause.label} at ${placeText(cause.place)}` : cause.label;
}

/** Columns padded to their widest cell; the last column is not padded. */
export function alignColumns(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows.map((row) =>
    row
      .map((c, i) => (i === row.length - 1 ? c : c + ' '.repeat(widths[i] - [...c].length)))
      .join('  ')
      .trimEnd(),
  );
}

function cells(row: ReportRow): string[] {
  const causes = limited(row.causes.map(causeText), MAX_CAUSES, 'more cause');
  const scenario = row.scenario === '*' ? 'all' : row.scenario;
  const base = [principalLabel(row.principal, row.account), scenario, actionsText(row.actions), causes];
  if (row.kind === 'lost') base.push(limited(row.hints, MAX_HINTS, 'more hint'));
  if (row.kind === 'accepted') base.push(row.reasons.join('; '));
  return base.map((c) => terminalText(c) || '-');
}

const SECTIONS: { kind: RowKind; heading: string; columns: string[] }[] = [
  { kind: 'lost', heading: 'WHO LOSES ACCESS', columns: ['PRINCIPAL', 'SCENARIO', 'LOSES', 'CAUSE', 'HINT'] },
  {
    kind: 'accepted',
    heading: 'ACCEPTED LOSSES (covered by the accept list)',
    columns: ['PRINCIPAL', 'SCENARIO', 'LOSES', 'CAUSE', 'ACCEPTED BECAUSE'],
  },
  { kind: 'gained', heading: 'GAINED ACCESS', columns: ['PRINCIPAL', 'SCENARIO', 'GAINS', 'CAUSE'] },
  {
    kind: 'incomplete',
    heading: 'COULD NOT BE EVALUATED (these principals may lose access)',
    columns: ['PRINCIPAL', 'SCENARIO', 'ACTIONS', 'REASON'],
  },
];

/** The report as an aligned plain-text table. */
export function renderTable(report: ImpactReport): string {
  const v = verdict(report);
  const groups = groupFindings(report);
  const out = [
    `iam-impact: ${v.text}`,
    countItems(report)
      .map((i) => `${i.value} ${i.label}`)
      .join(' · '),
  ];
  const { groups: checks } = groupChecks(report.checks);
  if (checks.length > 0) {
    out.push('', 'CHECKS');
    out.push(
      ...alignColumns(
        checks.map((c) => [
          c.status.toUpperCase(),
          terminalText(c.id),
          terminalText(`${c.principals.map((p) => principalLabel(p)).join(', ')}: ${c.detail}`),
        ]),
      ).map((l) => `  ${l}`),
    );
  }
  for (const section of SECTIONS) {
    const rows = groups[section.kind].flatMap((g) => g.rows.map(cells));
    if (rows.length === 0) continue;
    out.push('', section.heading, ...alignColumns([section.columns, ...rows]));
  }
  if (report.warnings.length > 0) {
    out.push('', 'CHANGE-SET WARNINGS');
    for (const w of report.warnings) {
      const where = w.source ? placeText(w.source) : '';
      out.push(terminalText(`  ${w.kind}: ${w.message}${where ? ` (${where})` : ''}`));
    }
  }
  if (report.backend.notes.length > 0) {
    out.push('', 'BACKEND NOTES', ...report.backend.notes.map((n) => `  ${terminalText(n)}`));
  }
  out.push(
    '',
    terminalText(
      `backend: ${report.backend.name}, ${plural(report.backend.apiCalls, 'API call')} · generated ${report.generatedAt}`,
    ),
  );
  if (report.scenarios.length > 0) {
    out.push(
      'scenarios:',
      ...alignColumns(report.scenarios.map((s) => [terminalText(s.id), terminalText(scenarioLabel(report, s.id))])).map(
        (l) => `  ${l}`,
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
