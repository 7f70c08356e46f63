/**
 * `iam-impact changes`: prints the change set iam-impact understood from the pull request (policy files mapped by
 * the config, a Terraform plan), as a readable list or as JSON, so users can check it before trusting a verdict.
 */
import { readChangeSet, type ChangeSourceOptions } from '../../app/read-change-set.js';
import { changeSetJson, renderChangeSet } from '../../core/changes/render-change-set.js';
import { UserError } from '../../core/errors.js';
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
  const value = (i: number, flag: string): string => {
    const v = args[i];
    if (v === undefined || v.startsWith('--')) throw new UserError(`changes: ${flag} needs a value`, CHANGES_USAGE);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--config') options.configFile = value(++i, arg);
    else if (arg === '--base') options.base = value(++i, arg);
    else if (arg === '--terraform-plan') options.terraformPlan = value(++i, arg);
    else if (arg === '--account') {
      options.accountId = value(++i, arg);
      if (!/^\d{12}$/.test(options.accountId))
        throw new UserError(`changes: --account must be a 12-digit account id, got ${options.accountId}`);
    } else if (arg === '--repo') options.repoDir = value(++i, arg);
    else if (arg === '--inventory') {
      value(i + 1, arg);
      while (i + 1 < args.length && !args[i + 1].startsWith('--')) inventoryPaths.push(args[++i]);
    } else if (arg === '--format') {
      const v = value(++i, arg);
      if (v !== 'text' && v !== 'json') throw new UserError(`changes: --format must be text or json, got ${v}`);
      format = v;
    } else throw new UserError(`changes: unknown option ${arg}`, CHANGES_USAGE);
  }
  if (inventoryPaths.length > 0) options.inventory = (await io.loadInventory(inventoryPaths)).inventory;
  const { changeSet } = await readChangeSet(options, io);
  io.stdout(format === 'json' ? `${JSON.stringify(changeSetJson(changeSet), null, 2)}\n` : renderChangeSet(changeSet));
  return 0;
}
