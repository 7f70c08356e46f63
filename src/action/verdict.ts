/**
 * The check's verdict from a complete report and the `fail-on` / `fail-on-incomplete` inputs. It only ever sees a
 * report of a run that finished: a run that threw has no verdict and fails (see main.ts), so a partial run can
 * never pass as "no impact".
 *
 * - `regressions` (default): unaccepted losses, failed checks, expired acceptances, and anything that could not be
 *   evaluated unless `fail-on-incomplete: false`.
 * - `any-change`: all of that, plus any access lost (accepted or not) or gained.
 * - `never`: report only; the reasons are still listed, for the log.
 */
import type { ImpactReport } from '../core/impact/report-types.js';
import { plural } from '../core/report/report-view.js';
import type { FailOn } from './read-inputs.js';

/** The verdict. */
export interface Verdict {
  /** Whether the step fails. */
  failed: boolean;
  /** Why it fails (or would, under `fail-on: never`), one sentence each. Empty when nothing is wrong. */
  reasons: string[];
  /** The `regressions` output: unaccepted lost findings plus failed check results. */
  regressions: number;
  /** The `gained` output: gained findings. */
  gained: number;
  /** The `incomplete` output: findings that could not be evaluated. */
  incomplete: number;
}

/** What decides the verdict. */
export interface VerdictOptions {
  failOn: FailOn;
  failOnIncomplete: boolean;
}

function principals(findings: readonly { principal: string }[]): number {
  return new Set(findings.map((f) => f.principal)).size;
}

/** Decides the verdict. */
export function decideVerdict(report: ImpactReport, options: VerdictOptions): Verdict {
  const lost = report.findings.filter((f) => f.change === 'lost' && !f.accepted);
  const accepted = report.findings.filter((f) => f.change === 'lost' && f.accepted);
  const gained = report.findings.filter((f) => f.change === 'gained');
  const incomplete = report.findings.filter((f) => f.change === 'incomplete');
  const failedChecks = report.checks.filter((c) => c.status === 'fail');
  const reasons: string[] = [];

  if (lost.length > 0) {
    const n = principals(lost);
    reasons.push(
      `${plural(n, 'principal')} ${n === 1 ? 'loses' : 'lose'} access that no accept entry covers (${plural(lost.length, 'finding')})`,
    );
  }
  const checkIds = [...new Set(failedChecks.map((c) => c.id))];
  for (const id of checkIds) {
    const n = principals(failedChecks.filter((c) => c.id === id));
    reasons.push(`the ${id} check fails for ${plural(n, 'principal')}`);
  }
  for (const warning of report.warnings) {
    if (warning.kind === 'expired-acceptance') reasons.push(warning.message);
  }
  if (incomplete.length > 0 && options.failOnIncomplete) {
    reasons.push(
      `${plural(principals(incomplete), 'principal')} could not be evaluated (${plural(incomplete.length, 'finding')}), so ${principals(incomplete) === 1 ? 'it' : 'they'} may lose access; set fail-on-incomplete: false to accept that`,
    );
  }
  if (options.failOn === 'any-change') {
    if (accepted.length > 0) {
      const n = principals(accepted);
      reasons.push(
        `${plural(n, 'principal')} ${n === 1 ? 'loses' : 'lose'} access under accept entries (${plural(accepted.length, 'finding')}), and fail-on is any-change`,
      );
    }
    if (gained.length > 0) {
      const n = principals(gained);
      reasons.push(
        `${plural(n, 'principal')} ${n === 1 ? 'gains' : 'gain'} access (${plural(gained.length, 'finding')}), and fail-on is any-change`,
      );
    }
  }
  return {
    failed: options.failOn !== 'never' && reasons.length > 0,
    reasons,
    regressions: lost.length + failedChecks.length,
    gained: gained.length,
    incomplete: incomplete.length,
  };
}

/**
 * The verdict in words: for `setFailed` when it fails (every reason, and where the report is), for the log
 * otherwise (with the reasons `fail-on: never` let pass).
 */
export function verdictMessage(verdict: Verdict, options: VerdictOptions, where: string): string {
  const reasons = verdict.reasons.map((r) => `- ${r}`);
  if (verdict.failed) {
    return [`iam-impact: the change fails the check (fail-on: ${options.failOn}):`, ...reasons, where].join('\n');
  }
  if (reasons.length > 0) {
    return [`iam-impact: the check passes because fail-on is never, although:`, ...reasons, where].join('\n');
  }
  return `iam-impact: the check passes. ${where}`;
}
