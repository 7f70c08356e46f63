/**
 * The `iam-impact` command line. It runs the same core as the GitHub Action. Exit status: 0 on success, 1 when a
 * command reports regressions, 2 on any error. User errors print their remediation; anything else is reported as a
 * bug, never as a bare stack trace.
 */
import { UserError, errorMessage } from '../core/errors.js';
import type { CliIo } from './cli-io.js';
import { auditCommand, AUDIT_USAGE } from './commands/audit-command.js';
import { changesCommand, CHANGES_USAGE } from './commands/changes-command.js';
import { evaluateCommand, EVALUATE_USAGE } from './commands/evaluate-command.js';
import { inventoryCommand, INVENTORY_USAGE } from './commands/inventory-command.js';
import { mergeCommand, MERGE_USAGE } from './commands/merge-command.js';
import { planCommand, PLAN_USAGE } from './commands/plan-command.js';
import { shardCommand, SHARD_USAGE } from './commands/shard-command.js';
import { snapshotCommand, SNAPSHOT_USAGE } from './commands/snapshot-command.js';

/** Top-level usage. */
export const USAGE = `Usage: iam-impact <command> [options]

Commands:
  evaluate FILE        decide AWS requests described as evaluation cases, and explain each decision
  snapshot --out FILE  read the organization and IAM from AWS into an offline inventory snapshot
  inventory --inventory PATH...
                       check snapshot files and summarize what they hold
  changes [--config FILE] [--base REV] [--terraform-plan FILE]
                       print the IAM and Organizations changes a pull request makes
  plan [--inventory PATH...] [--config FILE] [--terraform-plan FILE] [--backend local|aws] [--accounts ID,...]
                       who would lose access, under which credentials, and why
  shard --accounts-per-job N [same change and inventory options as plan]
                       split the affected accounts into shards for a fan-out (JSON for a GitHub Actions matrix)
  merge FILE... [--format table|json|markdown]
                       merge the shards' JSON reports into the report of a single run
  audit (--policy FILE --as scp|rcp|managed-policy --attach-to TARGET... | --what-if enforce-mfa [--scope TARGET...])
                       who would lose access if a policy were attached now, without a pull request

Run iam-impact <command> --help for a command's options.`;

const COMMANDS: Readonly<
  Record<string, { run: (args: readonly string[], io: CliIo) => Promise<number>; usage: string }>
> = {
  evaluate: { run: evaluateCommand, usage: EVALUATE_USAGE },
  snapshot: { run: snapshotCommand, usage: SNAPSHOT_USAGE },
  inventory: { run: inventoryCommand, usage: INVENTORY_USAGE },
  changes: { run: changesCommand, usage: CHANGES_USAGE },
  plan: { run: planCommand, usage: PLAN_USAGE },
  shard: { run: shardCommand, usage: SHARD_USAGE },
  merge: { run: mergeCommand, usage: MERGE_USAGE },
  audit: { run: auditCommand, usage: AUDIT_USAGE },
};

/** Runs the CLI with `argv` (without node and script); returns the exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`error: unknown command "${name}"\n\n${USAGE}\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`error: ${error.message}${error.hint ? `\n  hint: ${error.hint}` : ''}\n`);
      return 2;
    }
    io.stderr(
      `iam-impact: internal error: ${errorMessage(error)}\nThis is a bug in iam-impact; please report it with the input that caused it.\n` +
        (process.env.IAM_IMPACT_DEBUG ? `${(error as Error)?.stack ?? ''}\n` : ''),
    );
    return 2;
  }
}
