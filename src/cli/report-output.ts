/**
 * Writes a report in the format asked, to stdout or a file: shared by plan, audit and merge so that the same report
 * prints the same bytes whichever command made it.
 */
import type { ImpactReport } from '../core/impact/report-types.js';
import { renderMarkdown } from '../core/report/render-markdown.js';
import { renderTable } from '../core/report/render-table.js';
import { reportJson } from '../core/report/report-json.js';
import type { CliIo } from './cli-io.js';

/** The output formats of a report. */
export const REPORT_FORMATS = ['table', 'json', 'markdown'] as const;

/** `table` (the terminal), `json` (the report) or `markdown` (the PR comment). */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Renders the report and writes it to `output`, or to stdout when there is none. */
export async function writeReport(
  report: ImpactReport,
  format: ReportFormat,
  output: string | undefined,
  io: CliIo,
): Promise<void> {
  const rendered =
    format === 'json' ? reportJson(report) : format === 'markdown' ? renderMarkdown(report) : renderTable(report);
  const text = rendered.endsWith('\n') ? rendered : `${rendered}\n`;
  if (output) {
    await io.writeText(output, text);
    io.stderr(`iam-impact: wrote ${output}\n`);
  } else io.stdout(text);
}
