/**
 * `iam-impact shard`: the first job of a fan-out. Prints the accounts the change affects, split into shards, as one
 * line of JSON that a GitHub Actions workflow passes to `fromJSON` for its matrix. Nothing is evaluated.
 */
import { MATRIX_JOB_LIMIT, accountsPerJobToFit, planShards, type ShardRunOptions } from '../../app/plan-shards.js';
import { UserError } from '../../core/errors.js';
import { ArgReader } from '../args.js';
import type { CliIo } from '../cli-io.js';
import { progressDisplay } from '../progress-display.js';

/** Usage text of the command. */
export const SHARD_USAGE = `Usage: iam-impact shard --accounts-per-job N [--config FILE] [--inventory PATH...] [--base REV]
                      [--terraform-plan FILE] [--account ID] [--repo DIR] [--output FILE]

Finds the accounts whose principals the change affects (without evaluating anything) and splits them into shards
of at most N accounts, for a GitHub Actions matrix. Prints one line of JSON:

  {"affectedAccounts":5,"shards":[{"index":1,"total":3,"accounts":["111122223333","222233334444"]},…]}

Evaluate each shard with iam-impact plan --accounts ID,ID… --format json --output FILE (the same change and
inventory options), then merge the reports with iam-impact merge. No affected account prints "shards": [].

Options:
  --accounts-per-job N  the most accounts one job evaluates (required)
  --inventory PATH...   snapshot files of what exists now (default: read live from AWS)
  --config FILE, --base REV, --terraform-plan FILE, --account ID, --repo DIR
                        the change, as for iam-impact plan
  --output FILE         write the JSON to FILE instead of stdout

Exit status: 0 on success, 2 on error.`;

/** Runs the command; returns the exit status. */
export async function shardCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options: ShardRunOptions = { repoDir: '.', inventoryPaths: [], accountsPerJob: 0 };
  let output: string | undefined;
  const r = new ArgReader('shard', args, SHARD_USAGE);
  for (let arg = r.next(); arg !== undefined; arg = r.next()) {
    if (arg === '--config') options.configFile = r.value(arg);
    else if (arg === '--base') options.base = r.value(arg);
    else if (arg === '--terraform-plan') options.terraformPlan = r.value(arg);
    else if (arg === '--repo') options.repoDir = r.value(arg);
    else if (arg === '--output') output = r.value(arg);
    else if (arg === '--account') options.accountId = r.accountId(arg);
    else if (arg === '--inventory') options.inventoryPaths = [...options.inventoryPaths, ...r.values(arg)];
    else if (arg === '--accounts-per-job') options.accountsPerJob = r.positiveInteger(arg);
    else r.unknown(arg);
  }
  if (options.accountsPerJob === 0) {
    throw new UserError('shard: --accounts-per-job N is required', SHARD_USAGE);
  }
  const { progress } = progressDisplay(io);
  const plan = await planShards(options, { ...io, progress });
  const fits = accountsPerJobToFit(plan);
  if (plan.shards.length === 0) {
    progress('the change affects no principal: no shards (skip the matrix job; see docs/cli.md)');
  } else if (fits !== undefined) {
    progress(
      `warning: ${plan.shards.length} shards exceed GitHub Actions' limit of ${MATRIX_JOB_LIMIT} jobs per matrix; use --accounts-per-job ${fits} or more`,
    );
  }
  // One line: a workflow step writes it to $GITHUB_OUTPUT as it is.
  const text = `${JSON.stringify(plan)}\n`;
  if (output) {
    await io.writeText(output, text);
    progress(`wrote ${output}`);
  } else io.stdout(text);
  return 0;
}
