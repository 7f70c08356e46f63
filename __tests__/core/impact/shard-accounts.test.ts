import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/core/errors.js';
import { shardAccounts } from '../../../src/core/impact/shard-accounts.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => String(100000000000 + i));

describe('shardAccounts', () => {
  it('splits into ⌈n / perJob⌉ contiguous shards whose sizes differ by one at most', () => {
    const shards = shardAccounts(ids(10), 4);
    expect(shards.map((s) => s.accounts.length)).toEqual([4, 3, 3]);
    expect(shards.map((s) => [s.index, s.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(shards.flatMap((s) => s.accounts)).toEqual(ids(10));
  });

  it.each([
    [1, 1, [1]],
    [5, 2, [2, 2, 1]],
    [6, 2, [2, 2, 2]],
    [7, 3, [3, 2, 2]],
    [3, 10, [3]],
    [257, 1, Array<number>(257).fill(1)],
  ])('%i accounts at %i per job give shards of %j', (n, perJob, sizes) => {
    const shards = shardAccounts(ids(n), perJob);
    expect(shards.map((s) => s.accounts.length)).toEqual(sizes);
    expect(shards.every((s) => s.accounts.length <= perJob)).toBe(true);
  });

  it('sorts and deduplicates the accounts first', () => {
    expect(shardAccounts(['333333333333', '111111111111', '222222222222', '111111111111'], 2)).toEqual([
      { index: 1, total: 2, accounts: ['111111111111', '222222222222'] },
      { index: 2, total: 2, accounts: ['333333333333'] },
    ]);
  });

  it('gives no shards for no accounts', () => {
    expect(shardAccounts([], 3)).toEqual([]);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects %p accounts per job with a user error', (perJob) => {
    expect(() => shardAccounts(ids(3), perJob)).toThrow(UserError);
    expect(() => shardAccounts(ids(3), perJob)).toThrow(/accounts per job must be a positive whole number/);
  });
});
