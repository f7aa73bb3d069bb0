/**
 * Maps `items` through an async `task`, at most `limit` at a time, and returns the results in
 * the order of `items`. For build hooks that read and write thousands of files: one file at a
 * time leaves the CPU waiting on the disk, all at once opens too many files.
 */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
