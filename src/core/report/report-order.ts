/**
 * The order of a report's findings and checks, the same in every report iam-impact writes (plan, audit, merge), so
 * that the partial reports of a fan-out merge back into exactly the report of a single run:
 *
 * 1. findings about a change as a whole: changes that could not be applied, callers outside the inventory (they have
 *    no principal kind; in a fan-out, one shard reports all of them), in the planner's order (change by change);
 * 2. findings about principals that were not evaluated (not in the inventory, deleted, a stale inventory), by
 *    principal ARN;
 * 3. the evaluated findings, by principal ARN;
 *
 * and checks by principal ARN. The sorts are stable: a principal's findings keep the planner's order. Since every
 * principal belongs to one shard, sorting the concatenated partial reports gives the single run's order.
 */
import type { CheckResult, Finding, ImpactReport } from '../impact/report-types.js';

/** The group of a finding, in report order (see the module comment). */
export function findingGroup(finding: Finding): 0 | 1 | 2 {
  if (finding.principalKind === undefined) return 0;
  // Scenario ids are kebab-case: `*` marks a finding made without evaluating a scenario.
  return finding.scenario === '*' ? 1 : 2;
}

/** The planner's principal order (`localeCompare`, as it sorts the affected principals). */
function byPrincipal(a: { principal: string }, b: { principal: string }): number {
  return a.principal.localeCompare(b.principal);
}

/** Compares findings in report order; equal for findings whose relative order the planner decides. */
export function compareFindings(a: Finding, b: Finding): number {
  const ga = findingGroup(a);
  const gb = findingGroup(b);
  if (ga !== gb) return ga - gb;
  return ga === 0 ? 0 : byPrincipal(a, b);
}

/** Findings in report order (a sorted copy; Array.prototype.sort is stable). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** Checks in report order (a sorted copy). */
export function sortChecks(checks: readonly CheckResult[]): CheckResult[] {
  return [...checks].sort(byPrincipal);
}

/** The report with its findings and checks in report order. */
export function inReportOrder(report: ImpactReport): ImpactReport {
  return { ...report, findings: sortFindings(report.findings), checks: sortChecks(report.checks) };
}
