/**
 * Splits the affected accounts into jobs of a fan-out (a GitHub Actions matrix): contiguous runs of the sorted ids,
 * as even as possible, none larger than asked.
 */
import { UserError } from '../errors.js';

/** One job of a fan-out. */
export interface AccountShard {
  /** 1-based position. */
  index: number;
  /** How many shards there are. */
  total: number;
  /** The accounts the job evaluates (`plan --accounts`). */
  accounts: string[];
}

/**
 * Splits `accounts` (sorted and deduplicated first) into ⌈n / perJob⌉ contiguous shards whose sizes differ by one
 * at most: 10 accounts at 4 per job give 4, 3 and 3, not 4, 4 and 2, so that no job is much longer than another.
 * No accounts give no shards.
 */
export function shardAccounts(accounts: readonly string[], perJob: number): AccountShard[] {
  if (!Number.isInteger(perJob) || perJob < 1) {
    throw new UserError(
      `accounts per job must be a positive whole number, got ${perJob}`,
      'pass --accounts-per-job N with N ≥ 1',
    );
  }
  const sorted = [...new Set(accounts)].sort();
  const total = Math.ceil(sorted.length / perJob);
  const shards: AccountShard[] = [];
  let start = 0;
  for (let i = 0; i < total; i++) {
    // The first (n mod total) shards take one account more.
    const size = Math.floor(sorted.length / total) + (i < sorted.length % total ? 1 : 0);
    shards.push({ index: i + 1, total, accounts: sorted.slice(start, start + size) });
    start += size;
  }
  return shards;
}
