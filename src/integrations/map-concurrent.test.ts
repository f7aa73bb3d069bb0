import { describe, expect, it } from 'vitest';
import { mapConcurrent } from './map-concurrent.ts';

describe('mapConcurrent', () => {
  it('keeps the order of the items whatever order the tasks finish in', async () => {
    const results = await mapConcurrent([30, 10, 20, 0], 3, async (ms, index) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return `${index}:${ms}`;
    });
    expect(results).toEqual(['0:30', '1:10', '2:20', '3:0']);
  });

  it('never runs more tasks at once than the limit', async () => {
    let running = 0;
    let most = 0;
    await mapConcurrent(
      Array.from({ length: 20 }, (_, index) => index),
      4,
      async () => {
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running--;
      },
    );
    expect(most).toBe(4);
  });

  it('stops with the first error', async () => {
    await expect(
      mapConcurrent([1, 2, 3], 2, async (item) => {
        if (item === 2) throw new Error('kapot');
        return item;
      }),
    ).rejects.toThrow('kapot');
  });
});
