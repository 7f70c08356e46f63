/**
 * A bounded worker pool for AWS reads. Organizations and IAM throttle per account and per caller, so the live
 * reader never has more than `limit` requests of one phase in flight; and it stops early on the first failure,
 * because a partial inventory must never be returned.
 */

/**
 * Calls `task` for every item with at most `limit` calls running at once, and resolves with the results in the
 * order of `items`. After the first rejection no new task starts; the ones already running are awaited (so that no
 * request outlives the call) and then the first error is thrown.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`concurrency must be a positive integer, got ${limit}`);
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index], index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
  return results;
}
