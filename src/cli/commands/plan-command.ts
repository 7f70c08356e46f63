/**
 * `iam-impact plan`: who would lose AWS access if the change merged, under which credentials, and why. Exit
 * status: 0 when nothing regresses, 1 when a principal loses access the team has not accepted, a check fails, or
 * something could not be evaluated (unless --allow-incomplete), 2 on error.
 */
import { hasRegressions, runPlan, type PlanRunOptions } from '../../app/run-plan.js';
import { ArgReader } from '../args.js';
import type { CliIo } from '../cli-io.js';
import { progressDisplay } from '../progress-display.js';
import { REPORT_FORMATS, writeReport, type ReportFormat } from '../report-output.js';

/** Usage text of the command. */
export const PLAN_USAGE = `Usage: iam-impact plan [--config FILE] [--inventory PATH...] [--base REV] [--terraform-plan FILE] [--usage FILE]
                     [--backend local|aws] [--format table|json|markdown] [--output FILE]
                     [--account ID] [--repo DIR] [--allow-incomplete] [--no-organization]
                     [--accounts ID[,ID...]]

Evaluates every principal the change affects, before and after, under each way it signs in (access key, MFA
session, session without MFA, role session, role session with MFA), and reports what is lost or gained and why.

Options:
  --inventory PATH...   snapshot files of what exists now (default: read live from AWS)
  --config FILE         the config (default .github/iam-impact.yml, if present); its accept list marks accepted losses
  --base REV            the revision policy files are compared with (default HEAD)
  --terraform-plan FILE a plan as written by terraform show -json
  --usage FILE          actions each principal really calls (principal ARN → actions, or Access Advisor data):
                        checked whatever the change mentions
  --backend local|aws   the local engine (default) or the IAM policy simulator
  --format FORMAT       table (default), json (the report) or markdown (the PR comment)
  --output FILE         write the output to FILE instead of stdout
  --account ID          the account of names that do not say theirs
  --repo DIR            the repository (default: the current directory)
  --allow-incomplete    do not fail when something could not be evaluated
  --no-organization     accounts without organization data have no SCPs or RCPs (instead of incomplete)
  --accounts ID[,ID...] evaluate only these accounts' principals: one shard of iam-impact shard (repeatable);
                        merge the shards' --format json reports with iam-impact merge

Exit status: 0 no regression, 1 regressions (unaccepted losses, failed checks, incomplete evaluation), 2 error.`;

/** Runs the command; returns the exit status. */
export async function planCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options: PlanRunOptions = { repoDir: '.', inventoryPaths: [], backend: 'local' };
  let format: ReportFormat = 'table';
  let output: string | undefined;
  let allowIncomplete = false;
  const r = new ArgReader('plan', args, PLAN_USAGE);
  for (let arg = r.next(); arg !== undefined; arg = r.next()) {
    if (arg === '--config') options.configFile = r.value(arg);
    else if (arg === '--base') options.base = r.value(arg);
    else if (arg === '--terraform-plan') options.terraformPlan = r.value(arg);
    else if (arg === '--usage') options.usageFile = r.value(arg);
    else if (arg === '--repo') options.repoDir = r.value(arg);
    else if (arg === '--output') output = r.value(arg);
    else if (arg === '--allow-incomplete') allowIncomplete = true;
    else if (arg === '--no-organization') options.withoutOrganization = true;
    else if (arg === '--account') options.accountId = r.accountId(arg);
    else if (arg === '--inventory') options.inventoryPaths = [...options.inventoryPaths, ...r.values(arg)];
    else if (arg === '--backend') options.backend = r.choice(arg, ['local', 'aws'] as const);
    else if (arg === '--format') format = r.choice(arg, REPORT_FORMATS);
    else if (arg === '--accounts') options.accounts = new Set([...(options.accounts ?? []), ...r.accountIds(arg)]);
    else r.unknown(arg);
  }
  if (io.now) options.now = io.now();
  const { report } = await runPlan(options, { ...io, ...progressDisplay(io) });
  await writeReport(report, format, output, io);
  return hasRegressions(report, { allowIncomplete }) ? 1 : 0;
}
