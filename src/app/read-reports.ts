/**
 * Reads report files (`iam-impact plan --format json`, one per shard of a fan-out) and merges them. Shared by
 * `iam-impact merge` and the GitHub Action, which publishes the merged report.
 */
import { UserError } from '../core/errors.js';
import type { ImpactReport } from '../core/impact/report-types.js';
import { mergeReports } from '../core/report/merge-reports.js';
import { parseImpactReport } from '../core/report/parse-report.js';

/** The I/O reading reports needs. */
export interface ReportReadPorts {
  /** Reads and parses a JSON file; failures are UserErrors naming the file. */
  readJson(path: string): Promise<unknown>;
}

/** One report and the file it was read from. */
export interface ReportFile {
  path: string;
  report: ImpactReport;
}

/** Reads and validates report files, in the order given. */
export async function readReports(paths: readonly string[], ports: ReportReadPorts): Promise<ReportFile[]> {
  if (paths.length === 0) {
    throw new UserError('no report files given', 'pass the JSON reports written by iam-impact plan --accounts');
  }
  const files: ReportFile[] = [];
  for (const path of paths) files.push({ path, report: parseImpactReport(await ports.readJson(path), path) });
  return files;
}

/** Reads report files and merges them into the report of a single run. */
export async function mergeReportFiles(paths: readonly string[], ports: ReportReadPorts): Promise<ImpactReport> {
  const files = await readReports(paths, ports);
  return mergeReports(
    files.map((f) => f.report),
    files.map((f) => f.path),
  );
}
