import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll } from 'vitest';

/**
 * How many pages of one browser a test file drives at once: enough to overlap the waiting
 * (network, layout, fonts), few enough for a machine of two cores that runs two files at a time.
 */
export const PAGES_AT_ONCE = 4;

/** Page events tests listen to; their listeners go when the page is given back. */
const TEST_EVENTS = ['console', 'request', 'response', 'download', 'dialog', 'pageerror'] as const;

/** The size and colour scheme a borrowed page gets before the work starts. */
export interface PageSettings {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
}

/**
 * Pages of one browser context that tests borrow and give back. A new page costs Chromium a
 * renderer process (about 0.6 s CPU on the CI machine), navigating a page it already has about
 * 0.3 s: reusing pages is most of what a browser test file can save. At most `size` pages exist;
 * who borrows when all are out waits for one. A page whose work failed is closed, not reused.
 */
export class PagePool {
  private context: Promise<BrowserContext> | undefined;
  private readonly idle: Page[] = [];
  private readonly waiting: (() => void)[] = [];
  private open = 0;

  constructor(
    private readonly makeContext: () => Promise<BrowserContext>,
    private readonly size = PAGES_AT_ONCE,
  ) {}

  /** Runs `work` on a page of the pool, set to `settings` (1280 × 900, light, unless told). */
  async use<T>(settings: PageSettings, work: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.borrow();
    let reusable = false;
    try {
      await page.setViewportSize({ width: settings.width ?? 1280, height: settings.height ?? 900 });
      await page.emulateMedia({ colorScheme: settings.colorScheme ?? 'light' });
      const result = await work(page);
      reusable = true;
      return result;
    } finally {
      // Listeners and routes a test added belong to that test only.
      for (const event of TEST_EVENTS) page.removeAllListeners(event);
      if (reusable)
        reusable = await page.unrouteAll({ behavior: 'wait' }).then(
          () => true,
          () => false,
        );
      await this.giveBack(page, reusable);
    }
  }

  /** Runs `work` on every item, at most `size` at a time on pages of the pool, results in the items' order. */
  map<Item, T>(items: readonly Item[], settings: PageSettings, work: (page: Page, item: Item) => Promise<T>): Promise<T[]> {
    return Promise.all(items.map((item) => this.use(settings, (page) => work(page, item))));
  }

  async close(): Promise<void> {
    const context = this.context;
    this.context = undefined;
    await (await context)?.close();
  }

  private async borrow(): Promise<Page> {
    for (;;) {
      const page = this.idle.pop();
      if (page) return page;
      if (this.open < this.size) {
        this.open += 1;
        try {
          this.context ??= this.makeContext();
          return await (await this.context).newPage();
        } catch (error) {
          this.open -= 1;
          throw error;
        }
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private async giveBack(page: Page, reusable: boolean): Promise<void> {
    if (reusable) this.idle.push(page);
    else {
      this.open -= 1;
      await page.close().catch(() => undefined);
    }
    this.waiting.shift()?.();
  }
}

/**
 * A pool of pages in one context of the file's browser (`useSiteInBrowser`), closed after the
 * file's tests. Call it at the top of the file, after `useSiteInBrowser`.
 */
export function usePagePool(site: { readonly browser: Browser }, options: BrowserContextOptions = {}, size = PAGES_AT_ONCE): PagePool {
  const pool = new PagePool(() => site.browser.newContext(options), size);
  afterAll(() => pool.close());
  return pool;
}

/** Switches a loaded page to a colour scheme and waits until the transitions this starts have ended. */
export async function switchColourScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  // Only transitions: an endless animation would never finish.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation instanceof CSSTransition)
        // A transition the next switch cancels has ended as well.
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}
