/**
 * The report as GitHub Markdown: the pull request comment and the job summary. It leads with the verdict and the
 * counts, then the failing checks, then one table row per principal and scenario (what they lose, why, and what to
 * do), accepted losses, gained access, what could not be evaluated, and the change-set warnings.
 *
 * Every piece of text that comes from the change or the inventory is escaped (see escape.ts). The output stays under
 * `maxLength`: when the full tables do not fit, they keep the principals that lose the most actions and say how many
 * more there are; the verdict, counts and checks always stay.
 */
import type { ChangeWarning } from '../changes/change-set.js';
import type { ImpactReport } from '../impact/report-types.js';
import { escapeHtml, escapeMarkdown, escapeMarkdownWithCode, fileUrl } from './escape.js';
import {
  MAX_CAUSES,
  MAX_HINTS,
  actionsText,
  countItems,
  formatCount,
  groupChecks,
  groupFindings,
  placeText,
  plural,
  principalLabel,
  scenarioLabel,
  verdict,
  type CauseView,
  type CausePlace,
  type CheckGroup,
  type PrincipalGroup,
  type ReportRow,
  type RowKind,
} from './report-view.js';

/** GitHub comments hold at most 65,536 characters; this leaves room for what callers add. */
export const DEFAULT_MAX_LENGTH = 65_000;

/** The default sentence saying where the complete report is, when the Markdown is summarized. */
export const DEFAULT_FULL_REPORT_NOTE = 'the full table is in the job summary and the JSON report';

export interface MarkdownOptions {
  /** The longest output, in UTF-16 code units (default {@link DEFAULT_MAX_LENGTH}). */
  maxLength?: number;
  /** For example `https://github.com/OWNER/REPO/blob/SHA`: causes with a file become links to `file#Lline`. */
  linkBase?: string;
  /** A hidden HTML comment put first, for example `<!-- iam-impact -->`, to find the comment again. */
  marker?: string;
  /** The heading's title (default `iam-impact`). */
  title?: string;
  /** Where the complete report is, said when the output is summarized (default {@link DEFAULT_FULL_REPORT_NOTE}). */
  fullReportNote?: string;
}

/** A table shows its rows in one `<details>` per account beyond this many rows (or half as many, across accounts). */
const COLLAPSE_ROWS = 20;
/** How many principals a check line names. */
const CHECK_PRINCIPALS = 5;

const VERDICT_MARKS = { loss: '❌', incomplete: '⚠️', checks: '⚠️', ok: '✅' } as const;

interface Section {
  kind: RowKind;
  heading: string;
  intro?: string;
  columns: string[];
  groups: PrincipalGroup[];
  /** The rendered table rows of each group. */
  lines: string[][];
}

/** A hidden HTML comment that cannot close early. */
function markerComment(marker: string): string {
  const inner = /^<!--([\s\S]*)-->$/.exec(marker.trim())?.[1] ?? marker;
  const text = inner.replace(/[<>]/g, '').replace(/-{2,}/g, '-').replace(/\s+/g, ' ').trim().replace(/^-|-$/g, '');
  return `<!-- ${text} -->`;
}

function plainEscape(text: string): string {
  return escapeMarkdown(text);
}

function placeMarkdown(place: CausePlace, linkBase: string | undefined): string {
  const url = place.file ? fileUrl(linkBase, place.file, place.line) : undefined;
  if (!url || !place.file) return plainEscape(placeText(place));
  const text = `${place.file}${place.line ? `:${place.line}` : ''}`;
  const link = `[${plainEscape(text)}](${url})`;
  return place.address ? `${link} (${plainEscape(place.address)})` : link;
}

function causeMarkdown(cause: CauseView, linkBase: string | undefined): string {
  const label = plainEscape(cause.label);
  return cause.place ? `${label} at ${placeMarkdown(cause.place, linkBase)}` : label;
}

function limited(items: string[], max: number, noun: string): string {
  const shown = items.slice(0, max);
  if (items.length > max) shown.push(`and ${plural(items.length - max, noun)}`);
  return shown.join('; ');
}

function cell(text: string): string {
  return text === '' ? '—' : text;
}

function rowCells(report: ImpactReport, row: ReportRow, linkBase: string | undefined): string[] {
  const causes = limited(
    row.causes.map((c) => causeMarkdown(c, linkBase)),
    MAX_CAUSES,
    'more cause',
  );
  const base = [
    plainEscape(principalLabel(row.principal, row.account)),
    plainEscape(scenarioLabel(report, row.scenario)),
    plainEscape(actionsText(row.actions)),
  ];
  switch (row.kind) {
    case 'lost':
      return [...base, causes, limited(row.hints.map(escapeMarkdownWithCode), MAX_HINTS, 'more hint')];
    case 'accepted':
      return [...base, causes, row.reasons.map(escapeMarkdownWithCode).join('; ')];
    case 'gained':
      return [...base, causes];
    case 'incomplete':
      return [...base, causes];
  }
}

function tableRow(cells: string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

function tableHead(columns: string[]): string[] {
  return [tableRow(columns), `|${columns.map(() => ' --- ').join('|')}|`];
}

function renderSection(section: Section, limit: number, note: string): string[] {
  const shown = Math.min(limit, section.groups.length);
  const visible = section.groups.slice(0, shown);
  const rows = visible.reduce((n, g) => n + g.rows.length, 0);
  const accounts = [...new Set(visible.map((g) => g.account))];
  const out = [`#### ${section.heading}`, ''];
  if (section.intro) out.push(section.intro, '');
  if (shown > 0) {
    const collapse = rows > COLLAPSE_ROWS || (accounts.length > 1 && rows > COLLAPSE_ROWS / 2);
    if (!collapse) {
      out.push(...tableHead(section.columns));
      for (let i = 0; i < shown; i++) out.push(...section.lines[i]);
      out.push('');
    } else {
      for (const account of accounts) {
        const indexes = visible.flatMap((g, i) => (g.account === account ? [i] : []));
        const count = indexes.reduce((n, i) => n + visible[i].rows.length, 0);
        const summary = `${account === '*' ? 'unknown account' : `account ${account}`}: ${plural(indexes.length, 'principal')}, ${plural(count, 'row')}`;
        out.push(`<details><summary>${escapeHtml(summary)}</summary>`, '');
        out.push(...tableHead(section.columns));
        for (const i of indexes) out.push(...section.lines[i]);
        out.push('', '</details>', '');
      }
    }
  }
  const omitted = section.groups.length - shown;
  if (omitted > 0) {
    const more = shown > 0 ? `…and ${plural(omitted, 'more principal')}` : plural(omitted, 'principal');
    out.push(`${more}: ${plainEscape(note)}.`, '');
  }
  return out;
}

function checkLine(group: CheckGroup): string {
  const names = group.principals.slice(0, CHECK_PRINCIPALS).map((p) => principalLabel(p));
  if (group.principals.length > CHECK_PRINCIPALS)
    names.push(`and ${plural(group.principals.length - CHECK_PRINCIPALS, 'more')}`);
  const mark = group.status === 'fail' ? '❌' : '⚠️';
  const verb = group.status === 'fail' ? 'fails' : 'warns';
  return `- ${mark} **${plainEscape(group.id)}**: ${verb} for ${plainEscape(names.join(', '))}: ${escapeMarkdownWithCode(group.detail)}`;
}

function warningLine(warning: ChangeWarning, linkBase: string | undefined): string {
  const source = warning.source;
  const place: CausePlace = {};
  if (source?.file) place.file = source.file;
  if (source?.file && source.line !== undefined && Number.isInteger(source.line) && source.line > 0)
    place.line = source.line;
  if (source?.address) place.address = source.address;
  const where = place.file || place.address ? ` (${placeMarkdown(place, linkBase)})` : '';
  return `- **${plainEscape(warning.kind)}**: ${escapeMarkdownWithCode(warning.message)}${where}`;
}

function limitedList(lines: string[], limit: number, noun: string, note: string): string[] {
  if (lines.length <= limit) return lines;
  const shown = lines.slice(0, limit);
  shown.push(`- …and ${plural(lines.length - limit, noun)}: ${plainEscape(note)}.`);
  return shown;
}

/** The report as Markdown for a pull request comment or a job summary. */
export function renderMarkdown(report: ImpactReport, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const linkBase = options.linkBase;
  const note = options.fullReportNote ?? DEFAULT_FULL_REPORT_NOTE;
  const groups = groupFindings(report);
  const { groups: checkGroups } = groupChecks(report.checks);
  const v = verdict(report);

  const section = (kind: RowKind, heading: string, columns: string[], intro?: string): Section | undefined => {
    if (groups[kind].length === 0) return undefined;
    const lines = groups[kind].map((g) => g.rows.map((r) => tableRow(rowCells(report, r, linkBase))));
    return { kind, heading, columns, groups: groups[kind], lines, ...(intro ? { intro } : {}) };
  };
  const sections = [
    section('lost', '❌ Who loses access', ['Principal', 'Signs in with', 'Loses', 'Cause', 'Hint']),
    section(
      'accepted',
      'Accepted losses',
      ['Principal', 'Signs in with', 'Loses', 'Cause', 'Accepted because'],
      'These losses are covered by the accept list of the configuration.',
    ),
    section('gained', 'Gained access', ['Principal', 'Signs in with', 'Gains', 'Cause']),
    section(
      'incomplete',
      '⚠️ Could not be evaluated',
      ['Principal', 'Signs in with', 'Actions', 'Reason'],
      'iam-impact could not decide for these principals: they may lose access.',
    ),
  ].filter((s): s is Section => s !== undefined);

  const head: string[] = [];
  if (options.marker !== undefined) head.push(markerComment(options.marker));
  head.push(
    `### ${plainEscape(options.title ?? 'iam-impact')}: ${VERDICT_MARKS[v.level]} ${plainEscape(v.text)}`,
    '',
    countItems(report)
      .map((i) => `**${i.value}** ${i.label}`)
      .join(' · '),
    '',
  );
  const checkLines = checkGroups.map(checkLine);
  const warningLines = report.warnings.map((w) => warningLine(w, linkBase));
  const noteLines = report.backend.notes.map((n) => `- ${escapeMarkdownWithCode(n)}`);
  const footer = [
    '<sub>',
    [
      `backend: ${plainEscape(report.backend.name)}, ${plural(report.backend.apiCalls, 'API call')}`,
      `scenarios: ${report.scenarios.map((s) => plainEscape(s.id)).join(', ') || 'none'}`,
      `generated ${plainEscape(report.generatedAt)}`,
    ].join(' · '),
    '</sub>',
  ].join('');

  const maxRows = Math.max(0, ...sections.map((s) => s.groups.length));
  const maxList = Math.max(checkLines.length, warningLines.length, noteLines.length);

  const assemble = (tableLimit: number, listLimit: number): string => {
    const summarized = tableLimit < maxRows || listLimit < maxList;
    const out = [...head];
    if (summarized) {
      out.push(`> **Summarized** to stay under ${formatCount(maxLength)} characters: ${plainEscape(note)}.`, '');
    }
    if (checkLines.length > 0) {
      out.push('#### Checks', '', ...limitedList(checkLines, listLimit, 'more check result', note), '');
    }
    for (const s of sections) out.push(...renderSection(s, tableLimit, note));
    if (warningLines.length > 0) {
      out.push('#### Change-set warnings', '', ...limitedList(warningLines, listLimit, 'more warning', note), '');
    }
    if (noteLines.length > 0) {
      out.push('#### Backend notes', '', ...limitedList(noteLines, listLimit, 'more note', note), '');
    }
    out.push(footer);
    return `${out.join('\n')}\n`;
  };

  // The largest limit in [low, high] whose output fits, or undefined.
  const largest = (low: number, high: number, render: (limit: number) => string): number | undefined => {
    if (render(low).length > maxLength) return undefined;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (render(mid).length <= maxLength) low = mid;
      else high = mid - 1;
    }
    return low;
  };

  const full = assemble(maxRows, maxList);
  if (full.length <= maxLength) return full;
  const tableLimit = largest(0, maxRows, (n) => assemble(n, maxList));
  if (tableLimit !== undefined) return assemble(tableLimit, maxList);
  const listLimit = largest(0, maxList, (n) => assemble(0, n));
  if (listLimit !== undefined) return assemble(0, listLimit);
  // Only a huge title or marker gets here: cut at a line end.
  const text = assemble(0, 0);
  const tail = `\n…truncated: ${plainEscape(note)}.\n`;
  const cut = text.lastIndexOf('\n', Math.max(0, maxLength - tail.length));
  return `${text.slice(0, Math.max(0, cut))}${tail}`.slice(0, maxLength);
}
