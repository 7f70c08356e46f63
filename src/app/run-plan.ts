/**
 * The whole analysis as one use case, shared by `iam-impact plan` and the GitHub Action: what exists (snapshot files
 * or live AWS) → what changes (policy files, a Terraform plan) → the backend's decisions → the report.
 */
import type { LiveSnapshotOptions, LiveSnapshotResult } from '../adapters/aws/live-snapshot-reader.js';
import type { SnapshotPart } from '../core/inventory/load-snapshot.js';
import { buildInventory, readSnapshot } from '../core/inventory/load-snapshot.js';
import type { Inventory } from '../core/inventory/types.js';
import type { ChangeSet } from '../core/changes/change-set.js';
import { rcpAppliesToService } from '../core/catalog/aws-catalog.js';
import { parseAcceptList } from '../core/impact/accept.js';
import { parseActions, parseScenarios } from '../core/impact/config-sections.js';
import type { EvaluationBackend } from '../core/impact/backend.js';
import { createLocalBackend } from '../core/impact/local-backend.js';
import { parseUsage } from '../core/impact/usage.js';
import type { Scenario } from '../core/impact/scenarios.js';
import { UserError } from '../core/errors.js';
import { planImpact } from '../core/impact/plan-impact.js';
import type { ImpactReport } from '../core/impact/report-types.js';
import { inReportOrder } from '../core/report/report-order.js';
import { readChangeSet, type ChangeSourceOptions, type ChangeSourcePorts } from './read-change-set.js';

/** The I/O the analysis needs. */
export interface PlanPorts extends ChangeSourcePorts {
  /** Loads snapshot files. */
  loadInventory(paths: readonly string[]): Promise<{ inventory: Inventory; parts: SnapshotPart[] }>;
  /** Reads the live AWS inventory. */
  readLiveSnapshot(options: LiveSnapshotOptions): Promise<LiveSnapshotResult>;
  /** The IAM policy simulator backend. */
  createAwsBackend(): EvaluationBackend;
  /** One line per phase (stderr in the CLI, the log in the action). */
  progress(line: string): void;
  /** Optional live counter of principals analysed (a terminal display; CI logs get the phase lines only). */
  tick?(done: number, total: number): void;
}

/** What to analyse. */
export interface PlanRunOptions extends Omit<ChangeSourceOptions, 'inventory'> {
  /** Snapshot files; when empty, the inventory is read live from AWS. */
  inventoryPaths: readonly string[];
  /** Options of the live read. */
  live?: LiveSnapshotOptions;
  /** `local` (default) or `aws` (the IAM policy simulator). */
  backend: 'local' | 'aws';
  /** Treat accounts without organization data as not governed by SCPs or RCPs. */
  withoutOrganization?: boolean;
  /** The clock. */
  now?: Date;
  /** A usage file (principal ARN → actions it calls, or Access Advisor data): those actions are checked too. */
  usageFile?: string;
  /** Evaluate only the principals of these accounts: one shard of a fan-out (`iam-impact shard`). */
  accounts?: ReadonlySet<string>;
  /**
   * Evaluate only these scenario ids (built-in or defined by the config); default: every one. An id that is neither
   * is a {@link UserError} listing the valid ids.
   */
  scenarioIds?: readonly string[];
  /** How the scenario ids were given, for that error (default `scenarios`; the action says `input "scenarios"`). */
  scenarioIdsSource?: string;
}

/** The report and what it was made from. */
export interface PlanRunResult {
  report: ImpactReport;
  changeSet: ChangeSet;
}

/** Runs the analysis. */
export async function runPlan(options: PlanRunOptions, ports: PlanPorts): Promise<PlanRunResult> {
  let inventory: Inventory;
  if (options.inventoryPaths.length > 0) {
    ports.progress(`reading the inventory from ${options.inventoryPaths.length} path(s)`);
    inventory = (await ports.loadInventory(options.inventoryPaths)).inventory;
  } else {
    ports.progress('reading the inventory from AWS');
    const live = await ports.readLiveSnapshot(options.live ?? {});
    inventory = buildInventory([readSnapshot(live.snapshot, 'live AWS')]);
  }
  ports.progress('reading the changes');
  const { changeSet, config, configFile } = await readChangeSet({ ...options, inventory }, ports);
  const file = configFile ?? '.github/iam-impact.yml';
  const accept = parseAcceptList(config?.sections.accept, file);
  const scenarios = selectScenarios(parseScenarios(config?.sections.scenarios, file), options, file);
  const extraActions = parseActions(config?.sections.actions, file);
  const usage = options.usageFile ? parseUsage(await ports.readJson(options.usageFile), options.usageFile) : undefined;
  const backend = options.backend === 'aws' ? ports.createAwsBackend() : createLocalBackend({ rcpAppliesToService });
  ports.progress(`evaluating ${changeSet.changes.length} change(s) with the ${backend.name} backend`);
  const planned = await planImpact(inventory, changeSet, backend, {
    defaultAccount: options.accountId ?? config?.account,
    engine: { rcpAppliesToService },
    withoutOrganization: options.withoutOrganization,
    accept,
    scenarios,
    extraActions,
    usage,
    now: options.now,
    accounts: options.accounts,
    onProgress: ports.tick,
  });
  // Report order: the partial reports of a fan-out (options.accounts) merge back into exactly this.
  const report = inReportOrder(planned);
  const s = report.summary;
  ports.progress(
    `done: ${s.principals} principal(s), ${s.decisions} decision(s): ${s.lost} lost (${s.accepted} accepted), ${s.gained} gained, ${s.incomplete} incomplete`,
  );
  return { report, changeSet };
}

/** The scenarios `options.scenarioIds` names, in report order; all of them when it names none. */
function selectScenarios(all: Scenario[], options: PlanRunOptions, configFile: string): Scenario[] {
  const ids = options.scenarioIds;
  if (!ids || ids.length === 0) return all;
  const known = new Set(all.map((s) => s.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new UserError(
      `${options.scenarioIdsSource ?? 'scenarios'}: unknown scenario id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')}; valid ids: ${[...known].join(', ')}`,
      `use built-in ids or ids defined in the scenarios section of ${configFile}`,
    );
  }
  const wanted = new Set(ids);
  return all.filter((s) => wanted.has(s.id));
}

/** Whether the report should fail a check: unaccepted losses, failed checks, or (unless allowed) incomplete work. */
export function hasRegressions(report: ImpactReport, options: { allowIncomplete?: boolean } = {}): boolean {
  return (
    report.findings.some((f) => f.change === 'lost' && !f.accepted) ||
    report.checks.some((c) => c.status === 'fail') ||
    (!options.allowIncomplete && report.findings.some((f) => f.change === 'incomplete'))
  );
}
