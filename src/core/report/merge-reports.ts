/**
 * Merges the partial reports of a fan-out (`iam-impact plan --accounts …`, one per shard) into the report a single
 * run would have written. Findings and checks are put in report order (report-order.ts), which every report has:
 * every principal belongs to exactly one shard, so sorting the concatenated parts gives the single run's order.
 * Counts are recomputed; the accept list's expiry warnings, whose counts each shard only knows for its own findings,
 * are summed per accept entry.
 */
import { UserError } from '../errors.js';
import { summarize } from '../impact/plan-impact.js';
import { REPORT_SCHEMA_VERSION, type CheckResult, type Finding, type ImpactReport } from '../impact/report-types.js';
import type { ChangeWarning } from '../changes/change-set.js';
import { findingGroup, sortChecks, sortFindings } from './report-order.js';

const SAME_RUN_HINT =
  'merge the partial reports of one fan-out: every shard run with the same change, inventory, config, --backend and iam-impact version';

/** A JSON text that does not depend on key order, to compare warnings. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The planner's wording of an expired acceptance (plan-impact.ts); the count is the part a shard only knows partly. */
const EXPIRED_ACCEPTANCE =
  /^(accept\[(\d+)\] \(".*"\) expired on \S+; the )(\d+)( finding\(s\) it covered count as regressions again)$/s;

/** Expired acceptances merged per accept entry. */
interface ExpiredCount {
  index: number;
  warning: ChangeWarning;
  prefix: string;
  suffix: string;
  findings: number;
}

function mergeWarnings(reports: readonly ImpactReport[], sources: readonly string[]): ChangeWarning[] {
  const others: ChangeWarning[] = [];
  const seen = new Set<string>();
  const expired = new Map<number, ExpiredCount>();
  reports.forEach((report, r) => {
    report.warnings.forEach((warning, i) => {
      if (warning.kind === 'expired-acceptance') {
        const match = EXPIRED_ACCEPTANCE.exec(warning.message);
        if (!match) {
          throw new UserError(
            `${sources[r]}: warnings[${i}].message: an expired-acceptance warning in a wording this iam-impact does not know`,
            SAME_RUN_HINT,
          );
        }
        const index = Number(match[2]);
        const entry = expired.get(index);
        if (entry) entry.findings += Number(match[3]);
        else expired.set(index, { index, warning, prefix: match[1], suffix: match[4], findings: Number(match[3]) });
        return;
      }
      // The change-set warnings are the same in every shard: the first report's list, duplicates and all, is the
      // single run's; another report adds only what the first lacks.
      const key = canonical(warning);
      if (r === 0 || !seen.has(key)) others.push(warning);
      seen.add(key);
    });
  });
  const expiredWarnings = [...expired.values()]
    .sort((a, b) => a.index - b.index)
    .map((e) => ({ ...e.warning, message: `${e.prefix}${e.findings}${e.suffix}` }));
  return [...others, ...expiredWarnings];
}

/**
 * Merges partial reports into one. `sources` name the reports in errors (file names; default `report 1`, …).
 * Throws a {@link UserError} when the reports cannot be parts of one run: another schema version, different backends
 * or scenarios, or shards that overlap.
 */
export function mergeReports(
  reports: readonly ImpactReport[],
  sources: readonly string[] = reports.map((_, i) => `report ${i + 1}`),
): ImpactReport {
  if (reports.length === 0) {
    throw new UserError('no reports to merge', 'pass the partial report files written by iam-impact plan --accounts');
  }
  reports.forEach((report, i) => {
    if (report.schemaVersion !== REPORT_SCHEMA_VERSION) {
      throw new UserError(
        `${sources[i]}: schemaVersion ${String(report.schemaVersion)}; this iam-impact merges schema version ${REPORT_SCHEMA_VERSION}`,
        SAME_RUN_HINT,
      );
    }
  });
  const first = reports[0];
  const scenarioKey = (r: ImpactReport) =>
    canonical(r.scenarios.map((s) => ({ id: s.id, description: s.description })));
  reports.forEach((report, i) => {
    if (report.backend.name !== first.backend.name) {
      throw new UserError(
        `${sources[0]} was evaluated with the ${first.backend.name} backend, ${sources[i]} with the ${report.backend.name} backend`,
        SAME_RUN_HINT,
      );
    }
    if (scenarioKey(report) !== scenarioKey(first)) {
      const ids = (r: ImpactReport) => r.scenarios.map((s) => s.id).join(', ') || 'none';
      throw new UserError(
        `${sources[0]} and ${sources[i]} evaluated different scenarios (${ids(first)} / ${ids(report)})`,
        SAME_RUN_HINT,
      );
    }
  });

  // Each principal must come from one report: an overlap would count it twice.
  const owner = new Map<string, number>();
  const claim = (principal: string, r: number) => {
    const other = owner.get(principal);
    if (other !== undefined && other !== r) {
      throw new UserError(
        `${principal} is in both ${sources[other]} and ${sources[r]}: the partial reports overlap`,
        'run iam-impact plan once per shard of one iam-impact shard output, each with its own --accounts',
      );
    }
    owner.set(principal, r);
  };
  // The findings about the change as a whole come from the one shard the planner gives them to.
  let wholeChangeFrom: number | undefined;
  const all: Finding[] = [];
  const allChecks: CheckResult[] = [];
  reports.forEach((report, r) => {
    for (const finding of report.findings) {
      if (findingGroup(finding) === 0) {
        if (wholeChangeFrom !== undefined && wholeChangeFrom !== r) {
          throw new UserError(
            `${sources[wholeChangeFrom]} and ${sources[r]} both report the findings about the change as a whole: they are not shards of one fan-out`,
            'run iam-impact plan once per shard of one iam-impact shard output, each with its own --accounts',
          );
        }
        wholeChangeFrom = r;
      } else claim(finding.principal, r);
      all.push(finding);
    }
    for (const check of report.checks) {
      claim(check.principal, r);
      allChecks.push(check);
    }
  });
  const findings = sortFindings(all);
  const checks = sortChecks(allChecks);

  const principals = reports.reduce((n, r) => n + r.summary.principals, 0);
  const decisions = reports.reduce((n, r) => n + r.summary.decisions, 0);
  const latest = reports.reduce((a, b) => (Date.parse(b.generatedAt) > Date.parse(a.generatedAt) ? b : a));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: latest.generatedAt,
    summary: summarize(findings, principals, decisions),
    findings,
    checks,
    backend: {
      name: first.backend.name,
      apiCalls: reports.reduce((n, r) => n + r.backend.apiCalls, 0),
      notes: [...new Set(reports.flatMap((r) => r.backend.notes))],
    },
    warnings: mergeWarnings(reports, sources),
    scenarios: first.scenarios.map((s) => ({ ...s })),
  };
}
