import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PagePool } from './page-pool.ts';

/** A stand-in for a browser context: counts the pages it made, which are open and what each was set to. */
function fakeContext() {
  const made: { id: number; closed: boolean; width?: number; scheme?: string }[] = [];
  const context = {
    newPage: async () => {
      const state: (typeof made)[number] = { id: made.length, closed: false };
      made.push(state);
      const page = {
        state,
        setViewportSize: async ({ width }: { width: number }) => void (state.width = width),
        emulateMedia: async ({ colorScheme }: { colorScheme: string }) => void (state.scheme = colorScheme),
        removeAllListeners: () => page,
        unrouteAll: async () => undefined,
        close: async () => void (state.closed = true),
      };
      return page as unknown as Page;
    },
    close: async () => undefined,
  };
  return { made, context: async () => context as unknown as BrowserContext };
}

const stateOf = (page: Page) => (page as unknown as { state: { id: number } }).state;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the page pool of the browser tests', () => {
  it('opens at most its size of pages, reuses them, and keeps the order of the items', async () => {
    const { made, context } = fakeContext();
    const pool = new PagePool(context, 3);
    let busy = 0;
    let most = 0;
    const results = await pool.map([...Array(10).keys()], { width: 320 }, async (page, item) => {
      busy += 1;
      most = Math.max(most, busy);
      await tick();
      busy -= 1;
      return `${item}:${stateOf(page).id}`;
    });
    expect(results.map((result) => result.split(':')[0])).toEqual([...Array(10).keys()].map(String));
    expect(most).toBe(3);
    expect(made).toHaveLength(3);
    expect(made.every((page) => page.width === 320 && page.scheme === 'light' && !page.closed)).toBe(true);
  });

  it('closes a page whose work failed and gives the next borrower a new one', async () => {
    const { made, context } = fakeContext();
    const pool = new PagePool(context, 1);
    const failed = pool.use({}, async () => {
      await tick();
      throw new Error('kapot');
    });
    const next = pool.use({ colorScheme: 'dark' }, async (page) => stateOf(page).id);
    await expect(failed).rejects.toThrow('kapot');
    expect(await next).toBe(1);
    expect(made.map((page) => page.closed)).toEqual([true, false]);
    expect(made[1]!.scheme).toBe('dark');
  });
});
