/**
 * `iam-impact merge`: the last job of a fan-out. Merges the shards' partial reports (`iam-impact plan --accounts …
 * --format json`) into the report a single run would have written, prints it in any format, and exits as plan does.
 */
import { mergeReportFiles } from '../../app/read-reports.js';
import { hasRegressions } from '../../app/run-plan.js';
import { ArgReader } from '../args.js';
import type { CliIo } from '../cli-io.js';
import { REPORT_FORMATS, writeReport, type ReportFormat } from '../report-output.js';

/** Usage text of the command. */
export const MERGE_USAGE = `Usage: iam-impact merge FILE... [--format table|json|markdown] [--output FILE] [--allow-incomplete]

Merges the JSON reports of the shards of one fan-out (iam-impact shard, then iam-impact plan --accounts … --format
json for each shard) into the report of a single run: the same findings and checks in the same order, the counts
recomputed, expired acceptances summed over the shards.

Options:
  --format FORMAT       table (default), json (the report) or markdown (the PR comment)
  --output FILE         write the output to FILE instead of stdout
  --allow-incomplete    do not fail when something could not be evaluated

Exit status: 0 no regression, 1 regressions (unaccepted losses, failed checks, incomplete evaluation), 2 error
(a file that is not a report of this schema version, reports of different backends or scenarios, overlapping shards).`;

/** Runs the command; returns the exit status. */
export async function mergeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const files: string[] = [];
  let format: ReportFormat = 'table';
  let output: string | undefined;
  let allowIncomplete = false;
  const r = new ArgReader('merge', args, MERGE_USAGE);
  for (let arg = r.next(); arg !== undefined; arg = r.next()) {
    if (arg === '--format') format = r.choice(arg, REPORT_FORMATS);
    else if (arg === '--output') output = r.value(arg);
    else if (arg === '--allow-incomplete') allowIncomplete = true;
    else if (arg.startsWith('--')) r.unknown(arg);
    else files.push(arg);
  }
  const report = await mergeReportFiles(files, io);
  const s = report.summary;
  io.stderr(
    `iam-impact: merged ${files.length} report(s): ${s.principals} principal(s), ${s.lost} lost (${s.accepted} accepted), ${s.gained} gained, ${s.incomplete} incomplete\n`,
  );
  await writeReport(report, format, output, io);
  return hasRegressions(report, { allowIncomplete }) ? 1 : 0;
}
