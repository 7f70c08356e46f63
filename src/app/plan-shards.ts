/**
 * The first job of a fan-out: which accounts the change affects, split into shards for a GitHub Actions matrix.
 * Nothing is evaluated; each shard is then evaluated by `iam-impact plan --accounts`, and the partial reports are
 * merged by `iam-impact merge`.
 */
import type { LiveSnapshotOptions } from '../adapters/aws/live-snapshot-reader.js';
import { affectedAccounts } from '../core/impact/affected-accounts.js';
import { shardAccounts, type AccountShard } from '../core/impact/shard-accounts.js';
import { readChangeSet, type ChangeSourceOptions } from './read-change-set.js';
import { readInventory } from './read-inventory.js';
import type { PlanPorts } from './run-plan.js';

/** What to shard: the same change and inventory options as the plan. */
export interface ShardRunOptions extends Omit<ChangeSourceOptions, 'inventory'> {
  /** Snapshot files; when empty, the inventory is read live from AWS. */
  inventoryPaths: readonly string[];
  /** Options of the live read. */
  live?: LiveSnapshotOptions;
  /** The most accounts one job evaluates. */
  accountsPerJob: number;
}

/** The shards, in the shape `iam-impact shard` prints (a GitHub Actions matrix under `shards`). */
export interface ShardPlan {
  /** How many accounts the change affects. */
  affectedAccounts: number;
  /** The jobs; empty when no account is affected. */
  shards: AccountShard[];
}

/** GitHub Actions runs at most this many jobs of one matrix: more shards cannot all be evaluated. */
export const MATRIX_JOB_LIMIT = 256;

/**
 * When the shards exceed {@link MATRIX_JOB_LIMIT}, the smallest number of accounts per job that fits; undefined when
 * they fit. The CLI warns with it, the action fails with it (its `shards` output feeds a matrix directly).
 */
export function accountsPerJobToFit(plan: ShardPlan): number | undefined {
  return plan.shards.length > MATRIX_JOB_LIMIT ? Math.ceil(plan.affectedAccounts / MATRIX_JOB_LIMIT) : undefined;
}

/** Reads the inventory and the change, and shards the affected accounts. */
export async function planShards(
  options: ShardRunOptions,
  ports: Omit<PlanPorts, 'createAwsBackend'>,
): Promise<ShardPlan> {
  const inventory = await readInventory(options.inventoryPaths, options.live, ports);
  ports.progress('reading the changes');
  const { changeSet, config } = await readChangeSet({ ...options, inventory }, ports);
  // The same default account as the plan, so that names resolve to the same principals.
  const accounts = affectedAccounts(inventory, changeSet, { defaultAccount: options.accountId ?? config?.account });
  const shards = shardAccounts(accounts, options.accountsPerJob);
  ports.progress(`${accounts.length} affected account(s) in ${shards.length} shard(s)`);
  return { affectedAccounts: accounts.length, shards };
}
