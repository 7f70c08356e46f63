/**
 * `iam-impact changes`: prints the change set iam-impact understood from the pull request (policy files mapped by
 * the config, a Terraform plan), as a readable list or as JSON, so users can check it before trusting a verdict.
 */
import { readChangeSet, type ChangeSourceOptions } from '../../app/read-change-set.js';
import { changeSetJson, renderChangeSet } from '../../core/changes/render-change-set.js';
import { ArgReader } from '../args.js';
import type { CliIo } from '../cli-io.js';

/** Usage text of the command. */
export const CHANGES_USAGE = `Usage: iam-impact changes [--config FILE] [--base REV] [--terraform-plan FILE] [--inventory PATH...]
                        [--account ID] [--repo DIR] [--format text|json]

Prints what a change does to IAM and Organizations: each policy, attachment, membership, boundary, SCP or RCP that
changes, before and after, with the file and line of each changed statement.

Options:
  --config FILE          the config mapping policy files to AWS targets (default .github/iam-impact.yml, if present)
  --base REV             the revision policy files are compared with; the working tree is the head (default HEAD)
  --terraform-plan FILE  a plan as written by terraform show -json
  --inventory PATH...    snapshot files of what exists now: resolves names and exclusive Terraform resources, and
                         reports drift between policy files and AWS
  --account ID           the account a Terraform plan applies to, when the inventory holds several
  --repo DIR             the repository (default: the current directory)
  --format text|json     readable list (default) or JSON`;

/** Runs the command; returns the exit status. */
export async function changesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options: ChangeSourceOptions = { repoDir: '.' };
  const inventoryPaths: string[] = [];
  let format: 'text' | 'json' = 'text';
  const r = new ArgReader('changes', args, CHANGES_USAGE);
  for (let arg = r.next(); arg !== undefined; arg = r.next()) {
    if (arg === '--config') options.configFile = r.value(arg);
    else if (arg === '--base') options.base = r.value(arg);
    else if (arg === '--terraform-plan') options.terraformPlan = r.value(arg);
    else if (arg === '--account') options.accountId = r.accountId(arg);
    else if (arg === '--repo') options.repoDir = r.value(arg);
    else if (arg === '--inventory') inventoryPaths.push(...r.values(arg));
    else if (arg === '--format') format = r.choice(arg, ['text', 'json'] as const);
    else r.unknown(arg);
  }
  if (inventoryPaths.length > 0) options.inventory = (await io.loadInventory(inventoryPaths)).inventory;
  const { changeSet } = await readChangeSet(options, io);
  io.stdout(format === 'json' ? `${JSON.stringify(changeSetJson(changeSet), null, 2)}\n` : renderChangeSet(changeSet));
  return 0;
}
