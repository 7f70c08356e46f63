import { describe, expect, it } from '@jest/globals';
import { mapWithConcurrency } from '../../../src/adapters/aws/concurrency.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('mapWithConcurrency', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapWithConcurrency([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      for (let i = 0; i < n; i++) await tick();
      running--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(peak).toBe(3);
  });

  it('starts nothing after the first failure, waits for the running tasks, then throws the first error', async () => {
    const started: number[] = [];
    let finished = 0;
    const run = mapWithConcurrency([0, 1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      await tick();
      if (n === 1) throw new Error('boom 1');
      await tick();
      finished++;
      return n;
    });
    await expect(run).rejects.toThrow('boom 1');
    // 0 and 1 start together; 1 fails while 0 is still running, so neither worker takes another item, and 0 is
    // awaited before the rejection.
    expect(started).toEqual([0, 1]);
    expect(finished).toBe(1);
  });

  it('handles an empty list and rejects a limit that is not a positive integer', async () => {
    await expect(mapWithConcurrency([], 4, async () => 1)).resolves.toEqual([]);
    await expect(mapWithConcurrency([1], 0, async () => 1)).rejects.toThrow(RangeError);
  });
});
