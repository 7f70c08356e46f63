/**
 * Runs the use case the inputs' mode chooses, with the action's inputs and ports, through the same app-layer code as
 * the CLI: `plan` (src/app/run-plan.ts, as `iam-impact plan`), `shard` (src/app/plan-shards.ts, as `iam-impact
 * shard`), `merge` (src/app/read-reports.ts, as `iam-impact merge`) and `audit` (src/app/run-audit.ts, as
 * `iam-impact audit`). The inventory comes from snapshot files or live AWS, the change from the base revision and the
 * working tree, and a backend `aws` without credentials falls back to the exact local engine with a notice.
 */
import { planShards, type ShardPlan, type ShardRunOptions } from '../app/plan-shards.js';
import { mergeReportFiles } from '../app/read-reports.js';
import { runAudit, type AuditRunOptions } from '../app/run-audit.js';
import { runPlan, type PlanPorts, type PlanRunOptions } from '../app/run-plan.js';
import { UserError } from '../core/errors.js';
import type { ImpactReport } from '../core/impact/report-types.js';
import type { ActionDeps } from './action-deps.js';
import { baseRevisionGuard } from './base-revision.js';
import type { EventContext } from './event-context.js';
import type { ActionInputs, ResolvedPaths } from './read-inputs.js';

/**
 * Whether AWS credentials resolve, and if not why (the probe's detail); throws when they do not and the inventory
 * must be read live (the input `inventory` is empty), since nothing could then be read.
 */
async function probeCredentials(deps: ActionDeps, paths: ResolvedPaths): Promise<{ available: boolean; why: string }> {
  const probe = await deps.aws.probeCredentials();
  const why = probe.detail ? ` (${probe.detail})` : '';
  if (!probe.available && paths.inventory.length === 0) {
    throw new UserError(
      `no AWS credentials resolve${why}, and the input "inventory" is empty, so the inventory must be read live from AWS`,
      'configure credentials in an earlier step (aws-actions/configure-aws-credentials with role-to-assume and `permissions: id-token: write`), or set inventory to snapshot files written by iam-impact snapshot',
    );
  }
  return { available: probe.available, why };
}

/** Which backend to use: `aws` needs credentials, and so does reading the inventory live. */
async function chooseBackend(deps: ActionDeps, inputs: ActionInputs, paths: ResolvedPaths): Promise<'aws' | 'local'> {
  if (inputs.backend === 'local' && paths.inventory.length > 0) return 'local';
  const { available, why } = await probeCredentials(deps, paths);
  if (available) return inputs.backend;
  deps.log.notice(
    `iam-impact: backend aws needs AWS credentials, and none resolve${why}: evaluating with the local engine instead. Configure credentials (aws-actions/configure-aws-credentials) to use the IAM policy simulator, or set backend: local to silence this notice.`,
    { title: 'iam-impact: using the local engine' },
  );
  return 'local';
}

/** The ports of the app-layer use cases, over the action's; the base revision is fetched if the checkout lacks it. */
function planPorts(deps: ActionDeps, inputs: ActionInputs, event: EventContext): PlanPorts {
  const ensureBase = baseRevisionGuard(deps.git, deps.log, {
    rev: inputs.baseRef ?? event.baseRef,
    source: inputs.baseRef !== undefined ? 'the base-ref input' : event.baseSource,
    ...(event.eventName === 'pull_request_target' && event.pullRequest
      ? { baseCheckouts: [event.pullRequest.baseSha, ...(event.baseBranchTip ? [event.baseBranchTip] : [])] }
      : {}),
  });
  return {
    readText: deps.files.readText,
    readJson: deps.files.readJson,
    loadInventory: deps.files.loadInventory,
    revisionSnapshot: async (repoDir, rev) => {
      await ensureBase(repoDir, rev);
      return deps.git.revisionSnapshot(repoDir, rev);
    },
    workingTreeSnapshot: deps.git.workingTreeSnapshot,
    readLiveSnapshot: deps.aws.readLiveSnapshot,
    createAwsBackend: () =>
      deps.aws.createBackend(inputs.memberRoleName ? { memberRoleName: inputs.memberRoleName } : {}),
    progress: (line) => deps.log.info(`iam-impact: ${line}`),
  };
}

/** The options plan and shard share: the change (config, plan, base revision) and the inventory. */
function changeOptions(deps: ActionDeps, inputs: ActionInputs, paths: ResolvedPaths, event: EventContext) {
  if (inputs.baseRef === undefined) for (const warning of event.warnings) deps.log.warning(`iam-impact: ${warning}`);
  return {
    repoDir: paths.repoDir,
    base: inputs.baseRef ?? event.baseRef,
    inventoryPaths: paths.inventory,
    live: {
      includeOrganization: inputs.includeOrganization,
      ...(inputs.memberRoleName ? { memberRoleName: inputs.memberRoleName } : {}),
    },
    ...(paths.config !== undefined ? { configFile: paths.config } : {}),
    ...(paths.terraformPlan !== undefined ? { terraformPlan: paths.terraformPlan } : {}),
    ...(inputs.account !== undefined ? { accountId: inputs.account } : {}),
  };
}

/**
 * Produces the report of a `plan`, `merge` or `audit` run; every failure is thrown (the caller reports it). A
 * `shard` run has no report: see {@link shardAccounts}.
 */
export async function analyse(
  deps: ActionDeps,
  inputs: ActionInputs,
  paths: ResolvedPaths,
  event: EventContext,
): Promise<{ report: ImpactReport }> {
  if (inputs.mode === 'merge') return { report: await mergeReports(deps, paths) };
  if (inputs.mode === 'audit') return audit(deps, inputs, paths);
  if (inputs.mode === 'shard') throw new Error('analyse: a shard run has no report');
  const backend = await chooseBackend(deps, inputs, paths);
  const options: PlanRunOptions = {
    ...changeOptions(deps, inputs, paths, event),
    backend,
    withoutOrganization: !inputs.includeOrganization,
    now: deps.now(),
    scenarioIds: inputs.scenarios,
    scenarioIdsSource: 'input "scenarios"',
  };
  if (inputs.accounts.length > 0) options.accounts = new Set(inputs.accounts);
  if (paths.usage !== undefined) options.usageFile = paths.usage;
  return runPlan(options, planPorts(deps, inputs, event));
}

/** Mode `shard`: the affected accounts in shards of `shard-size`, as `iam-impact shard` finds them. */
export async function shardAccounts(
  deps: ActionDeps,
  inputs: ActionInputs,
  paths: ResolvedPaths,
  event: EventContext,
): Promise<ShardPlan> {
  if (inputs.shardSize === undefined) throw new Error('shardAccounts: no shard size');
  // Nothing is evaluated, so the backend does not matter; a live inventory still needs credentials.
  if (paths.inventory.length === 0) await probeCredentials(deps, paths);
  const options: ShardRunOptions = { ...changeOptions(deps, inputs, paths, event), accountsPerJob: inputs.shardSize };
  return planShards(options, planPorts(deps, inputs, event));
}

/** Mode `merge`: the partial reports merged into the report of a single run, as `iam-impact merge` merges them. */
async function mergeReports(deps: ActionDeps, paths: ResolvedPaths): Promise<ImpactReport> {
  const files = paths.reports ?? [];
  const report = await mergeReportFiles(files, { readJson: deps.files.readJson });
  const s = report.summary;
  deps.log.info(
    `iam-impact: merged ${files.length} report(s): ${s.principals} principal(s), ${s.lost} lost (${s.accepted} accepted), ${s.gained} gained, ${s.incomplete} incomplete`,
  );
  return report;
}

/** Mode `audit`: a policy file or the what-if evaluated as if attached now, as `iam-impact audit` evaluates it. */
async function audit(deps: ActionDeps, inputs: ActionInputs, paths: ResolvedPaths): Promise<{ report: ImpactReport }> {
  const options: AuditRunOptions = {
    inventoryPaths: paths.inventory,
    live: {
      includeOrganization: inputs.includeOrganization,
      ...(inputs.memberRoleName ? { memberRoleName: inputs.memberRoleName } : {}),
    },
    backend: await chooseBackend(deps, inputs, paths),
    withoutOrganization: !inputs.includeOrganization,
    now: deps.now(),
  };
  if (inputs.auditPolicy && paths.auditPolicy !== undefined) {
    options.policy = { ...inputs.auditPolicy, file: paths.auditPolicy };
  }
  if (inputs.whatIf) options.whatIf = inputs.whatIf;
  if (inputs.accounts.length > 0) options.accounts = new Set(inputs.accounts);
  const { report } = await runAudit(options, {
    readText: deps.files.readText,
    loadInventory: deps.files.loadInventory,
    readLiveSnapshot: deps.aws.readLiveSnapshot,
    createAwsBackend: () =>
      deps.aws.createBackend(inputs.memberRoleName ? { memberRoleName: inputs.memberRoleName } : {}),
    progress: (line) => deps.log.info(`iam-impact: ${line}`),
  });
  return { report };
}
