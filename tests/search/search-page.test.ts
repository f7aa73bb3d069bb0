import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { useSiteInBrowser } from '../support/browser.ts';
import { usePagePool } from '../support/page-pool.ts';
import { listPages, readBuilt } from '../support/dist.ts';
import { ROUTES } from '../../src/data/routes.ts';

/**
 * The issue's budget: a first query on the search page downloads less than this in
 * search data and JavaScript together, measured as a compressing host sends it (gzip).
 */
const FIRST_QUERY_BUDGET = 100 * 1024;
/**
 * Pagefind's search engine is WebAssembly (≈59 KB, compressed already) and is downloaded
 * code as well. With it a first query is ≈127 KB on the default site, and cannot be much
 * less: the engine, Pagefind's core script (≈13 KB) and the one index chunk a word lives
 * in (≈28 KB: Pagefind cuts its index into chunks of 20,000 word positions, whatever the
 * site's size) are ≈100 KB before any interface or result. This ceiling catches growth.
 */
const WITH_ENGINE_CEILING = 135 * 1024;
/**
 * The issue's budget for the first query of someone who follows a link to a search
 * (`/zoeken/?q=…`), Pagefind's WebAssembly included: no filter data and no list of
 * everything before the results, so it stays under this.
 */
const FIRST_QUERY_WITH_ENGINE_BUDGET = 125_000;

/** Waits on the page's state as long as on any locator: a busy machine is slow, not wrong. */
const POLL = { timeout: 15_000 };

const site = useSiteInBrowser();
// Tests that only read the page share two reused pages of one context, two tests at a time
// (typing is timed by Pagefind's debounce, so not more on a busy machine); those that count
// downloads get a fresh context each (an empty cache), as before, and run one after another.
const pages = usePagePool(site, {}, 2);

/** Theme pages of the built site with their titles, read from the HTML. */
function themes(): { url: string; title: string }[] {
  return listPages()
    .filter(({ url }) => /^\/themas\/[^/]+\/$/.test(url))
    .map(({ file, url }) => ({ url, title: /<h1[^>]*>([^<]+)<\/h1>/.exec(readBuilt(file))?.[1]?.trim() ?? '' }));
}

/** Runs `work` on the search page (with `query` in its address, if any) once its first result is there. */
function onSearch<T>(query: string, work: (page: Page) => Promise<T>): Promise<T> {
  return pages.use({}, async (page) => {
    await openSearch(page, query);
    return work(page);
  });
}

/** Runs `work` on a new page in a context of its own: nothing cached, nothing shared. */
async function inFreshPage<T>(work: (page: Page) => Promise<T>): Promise<T> {
  const context = await site.browser.newContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return await work(page);
  } finally {
    await context.close();
  }
}

async function openSearch(page: Page, query = ''): Promise<void> {
  page.setDefaultTimeout(15_000);
  await page.goto(`${site.url}${ROUTES.search}${query ? `?q=${encodeURIComponent(query)}` : ''}`);
  if (query) await page.locator('pagefind-summary').filter({ hasText: query }).waitFor();
  await firstResultLoaded(page);
}

/** Types a query as a person would and waits until the summary reports on it. */
async function typeQuery(page: Page, query: string): Promise<void> {
  const input = page.locator('pagefind-input input');
  await input.fill('');
  await input.pressSequentially(query, { delay: 20 });
  await page.locator('pagefind-summary').filter({ hasText: query }).waitFor();
  await firstResultLoaded(page);
}

/** Results load one by one as they scroll into view; wait until the first one has. */
async function firstResultLoaded(page: Page): Promise<void> {
  await page.locator('pagefind-results li').first().locator('.oogst-result__title a').waitFor();
}

async function resultLinks(page: Page): Promise<string[]> {
  return page
    .locator('pagefind-results .oogst-result__title a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** Every result URL and excerpt for a query, through Pagefind's own API on the page. */
async function searchAll(page: Page, query: string): Promise<{ url: string; excerpt: string }[]> {
  // A string, not a function: Vite would rewrite `import()` in a function for Node.
  return page.evaluate(`(async () => {
    const pagefind = await import('${ROUTES.searchBundle}pagefind.js');
    const search = await pagefind.search(${JSON.stringify(query)});
    return Promise.all(search.results.map((result) => result.data()));
  })()`);
}

// Independent pages at once: most of a test is waiting.
describe.concurrent('the search page in Chromium', () => {
  it("puts a theme's own page first when you search for its name", async ({ expect }) => {
    await onSearch('', async (page) => {
      for (const theme of themes().slice(0, 4)) {
        await typeQuery(page, theme.title.toLowerCase());
        expect((await resultLinks(page))[0], theme.title).toBe(theme.url);
      }
    });
  });

  it('finds the same pages for another word form (Dutch stemming)', async ({ expect }) => {
    await onSearch('', async (page) => {
      const urls = async (query: string) => (await searchAll(page, query)).map(({ url }) => url).sort();
      const plural = await urls('verhalen');
      expect(plural.length).toBeGreaterThan(0);
      expect(await urls('verhaal')).toEqual(plural);
    });
  });

  it('finds the tail of a Dutch compound: "tafel" finds "dialoogtafel"', async ({ expect }) => {
    await onSearch('', async (page) => {
      const results = await searchAll(page, 'tafel');
      expect(results.some(({ excerpt }) => /<mark>[^<]*dialoogtafel/i.test(excerpt))).toBe(true);
      // The marks that make the parts findable do not show in the results people read.
      await typeQuery(page, 'tafel');
      const shown = await page.locator('pagefind-results mark').allInnerTexts();
      expect(shown.some((word) => /^dialoogtafel/i.test(word))).toBe(true);
      expect(shown.filter((word) => /\p{Ll}\p{Lu}/u.test(word))).toEqual([]);
    });
  });

  it('finds a harvested idea, pointing at it on its theme page', async ({ expect }) => {
    const theme = listPages().find(({ file }) => /data-idea-kind=/.test(readBuilt(file)))!;
    const idea = /<li id="(idee-[^"]+)"[^>]*data-idea-kind[^>]*>([^<]+)<\/li>/.exec(readBuilt(theme.file))!;
    const word = idea[2]!
      .split(/\s+/)
      .find((candidate) => candidate.length >= 7)!
      .replace(/[^\p{L}]/gu, '');
    await onSearch('', async (page) => {
      await typeQuery(page, word);
      expect(await resultLinks(page)).toContain(`${theme.url}#${idea[1]}`);
    });
  });

  it('finds what people search for on the default site', async ({ expect }) => {
    await onSearch('', async (page) => {
      const urls = async (query: string) => (await searchAll(page, query)).map(({ url }) => url);
      expect(await urls('eenzaamheid')).toEqual(expect.arrayContaining(['/themas/samenleven/', '/themas/weerbaarheid/']));
      expect((await urls('thuiswerken')).filter((url) => url.startsWith('/themas/werken/')).length).toBeGreaterThan(1);
      expect((await urls('natuur')).some((url) => url.startsWith('/themas/gezond-en-groen/'))).toBe(true);
      expect(await urls('eenzaam')).toEqual(await urls('eenzaamheid'));
    });
  });

  it('lists everything with an empty query, and a filter narrows the list', async ({ expect }) => {
    await onSearch('', async (page) => {
      const count = async () => Number(/(\d+)/.exec(await page.locator('pagefind-summary').innerText())?.[1]);
      const all = await count();
      expect(all).toBeGreaterThan(themes().length);
      await page.locator('details[data-filter-name="type"] summary').click();
      await page.locator('input[name="type"][value="Thema"]').check();
      await expect.poll(count, POLL).toBe(themes().length);
      // Results render one by one as their data comes in, after the summary has its count.
      const shownTypes = async () => new Set(await page.locator('pagefind-results .oogst-result__type').allInnerTexts());
      await expect.poll(shownTypes, POLL).toEqual(new Set(['Thema']));
      const types = await page.locator('pagefind-results .oogst-result__type').allInnerTexts();
      expect(types.length).toBeGreaterThan(0);
      expect(new Set(types)).toEqual(new Set(['Thema']));
    });
  });

  it('shows the filter groups in reading order: type, theme, track, region, kind, status of a follow-up, origin (examples)', async ({
    expect,
  }) => {
    await onSearch('', async (page) => {
      const groups = await page
        .locator('details[data-filter-name]')
        .evaluateAll((details) => details.map((group) => group.getAttribute('data-filter-name')));
      expect(groups).toEqual(['type', 'thema', 'spoor', 'regio', 'soort', 'status', 'herkomst']);
    });
  });

  it('keeps chosen filters in the URL, so they survive a reload and can be shared', async ({ expect }) => {
    await pages.use({}, async (page) => {
      page.setDefaultTimeout(15_000);
      const count = async () => Number(/(\d+)/.exec(await page.locator('pagefind-summary').innerText())?.[1]);
      // A shared link: a term and a filter, written in lower case.
      await page.goto(`${site.url}/zoeken/?q=verhaal&type=verhaal`);
      await page.locator('pagefind-summary').filter({ hasText: 'verhaal' }).waitFor();
      await firstResultLoaded(page);
      await expect.poll(() => page.locator('input[name="type"][value="Verhaal"]').isChecked(), POLL).toBe(true);
      expect(new Set(await page.locator('pagefind-results .oogst-result__type').allInnerTexts())).toEqual(new Set(['Verhaal']));
      const stories = await count();
      // Narrowing by a theme as well puts it in the URL; a reload keeps both filters.
      await page.locator('details[data-filter-name="thema"]').evaluate((group) => ((group as HTMLDetailsElement).open = true));
      const theme = page.locator('details[data-filter-name="thema"] label:not([data-pf-hidden]) input').first();
      const value = (await theme.getAttribute('value'))!;
      await theme.check();
      await expect.poll(() => new URL(page.url()).searchParams.get('thema'), POLL).toBe(value.toLowerCase());
      expect(new URL(page.url()).searchParams.get('type')).toBe('verhaal');
      await expect.poll(count, POLL).toBeLessThanOrEqual(stories);
      const both = await count();
      await page.reload();
      await expect.poll(() => page.locator(`input[name="thema"][value="${value}"]`).isChecked(), POLL).toBe(true);
      expect(await page.locator('input[name="type"][value="Verhaal"]').isChecked()).toBe(true);
      await expect.poll(count, POLL).toBe(both);
      expect(new URL(page.url()).searchParams.get('q')).toBe('verhaal');
    });
  });

  it('filters the harvested ideas by the track and region of their table', async ({ expect }) => {
    const theme = listPages().find(({ file }) => /data-idea-track=/.test(readBuilt(file)))!;
    const [, track, region] = /data-idea-track="([^"]+)" data-idea-region="([^"]+)"/.exec(readBuilt(theme.file))!;
    await onSearch('', async (page) => {
      const ideas = await page.evaluate(`(async () => {
      const pagefind = await import('${ROUTES.searchBundle}pagefind.js');
      const all = await pagefind.search(null, { filters: { type: 'Uit de dialoogtafels' } });
      const narrowed = await pagefind.search(null, { filters: { type: 'Uit de dialoogtafels', spoor: ${JSON.stringify(track)}, regio: ${JSON.stringify(region)} } });
      return [all.results.length, narrowed.results.length];
    })()`);
      const [all, narrowed] = ideas as [number, number];
      expect(narrowed).toBeGreaterThan(0);
      expect(narrowed).toBeLessThan(all);
    });
  });

  it('reads ?q= on load, keeps the URL in step while typing, and restores the search after going back', async ({ expect }) => {
    const [first, second] = themes();
    await onSearch(first!.title, async (page) => {
      await expect.poll(() => page.locator('pagefind-input input').inputValue(), POLL).toBe(first!.title);
      expect((await resultLinks(page))[0]).toBe(first!.url);
      await typeQuery(page, second!.title);
      await expect.poll(() => new URL(page.url()).searchParams.get('q'), POLL).toBe(second!.title);
      await page.locator('pagefind-results li').first().locator('.oogst-result__title a').click();
      await page.waitForURL(`**${second!.url}`);
      await page.goBack();
      await expect.poll(() => page.locator('pagefind-input input').inputValue(), POLL).toBe(second!.title);
    });
  });

  it('has a labelled field, announces results, and moves through results with the arrow keys', async ({ expect }) => {
    await onSearch('', async (page) => {
      const input = page.locator('pagefind-input input');
      // The default site is closed (closedOn has passed): its search field says it searches an archive.
      expect(await input.evaluate((element) => (element as HTMLInputElement).labels?.[0]?.textContent)).toBe(
        'Zoek in het archief van de dialoog',
      );
      await page.evaluate(() => {
        const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
        new MutationObserver(() =>
          document.querySelectorAll('[aria-live]').forEach((region) => region.textContent && heard.push(region.textContent)),
        ).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      const { title, url } = themes()[0]!;
      await typeQuery(page, title);
      await expect.poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard.join(' | ')), POLL).toMatch(/resulta/);
      await input.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(url);
      await page.keyboard.press('ArrowDown');
      const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      expect(second).not.toBe(url);
      expect(second).toMatch(/^\//);
    });
  });
});

describe('the search page in Chromium', () => {
  it('opens a shared query with its results first, and loads the filters when the reader asks for them', async ({ expect }) => {
    await inFreshPage(async (page) => {
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto(`${site.url}/zoeken/?q=wonen`);
      await page.locator('pagefind-summary').filter({ hasText: 'wonen' }).waitFor();
      await firstResultLoaded(page);
      await page.waitForLoadState('networkidle');
      expect(fetched.filter((file) => file.endsWith('.pf_filter'))).toEqual([]);
      expect(await page.locator('details[data-filter-name]').count()).toBe(0);
      const show = page.getByRole('button', { name: 'Filters tonen' });
      await show.press('Enter');
      await page.locator('details[data-filter-name="type"]').waitFor();
      expect(fetched.some((file) => file.endsWith('.pf_filter'))).toBe(true);
      expect(await show.isHidden()).toBe(true);
      // The keyboard user who asked for the filters is taken to them.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest('details')?.getAttribute('data-filter-name')), POLL)
        .toBe('type');
      // The counts are those of this search, and a filter still narrows it.
      await page.locator('details[data-filter-name="type"] summary').click();
      await page.locator('input[name="type"][value="Thema"]').check();
      await expect.poll(() => new URL(page.url()).searchParams.get('type'), POLL).toBe('thema');
      await expect
        .poll(async () => new Set(await page.locator('pagefind-results .oogst-result__type').allInnerTexts()), POLL)
        .toEqual(new Set(['Thema']));
      expect(await page.locator('pagefind-input input').inputValue()).toBe('wonen');
    });
  });

  it(`downloads less than ${FIRST_QUERY_WITH_ENGINE_BUDGET / 1000} KB for a first query from a link, the engine included`, async ({
    expect,
  }) => {
    await inFreshPage(async (page) => {
      const sizes: { path: string; gzip: number }[] = [];
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        const { pathname } = new URL(response.url());
        const type = response.headers()['content-type'] ?? '';
        if (!pathname.startsWith('/pagefind/') && !type.includes('javascript')) return;
        if (pathname.endsWith('.css')) return;
        pending.push(
          response
            .body()
            .catch(() => Buffer.alloc(0))
            .then((body) => void sizes.push({ path: pathname, gzip: pathname.endsWith('.js') ? gzipSync(body).length : body.length })),
        );
      });
      const word = themes()[0]!
        .title.split(/\s+/)
        .reduce((longest, candidate) => (candidate.length > longest.length ? candidate : longest), '');
      await page.goto(`${site.url}/zoeken/?q=${encodeURIComponent(word.toLowerCase())}`);
      await firstResultLoaded(page);
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      const inline = await page.locator('script[type="module"]:not([src])').allTextContents();
      const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0) + gzipSync(inline.join('\n')).length;
      console.log(
        `zoeken, eerste zoekopdracht via een link (gzip, met WebAssembly): ${(total / 1000).toFixed(1)} kB in ${sizes.length} bestanden`,
      );
      expect(total).toBeLessThan(FIRST_QUERY_WITH_ENGINE_BUDGET);
    });
  });

  it(`downloads less than ${FIRST_QUERY_BUDGET / 1024} KB of search data and JavaScript for a first query, ${WITH_ENGINE_CEILING / 1024} KB with the engine`, async ({
    expect,
  }) => {
    await inFreshPage(async (page) => {
      const sizes: { path: string; raw: number; gzip: number }[] = [];
      page.on('response', async (response) => {
        const { pathname } = new URL(response.url());
        const type = response.headers()['content-type'] ?? '';
        if (!pathname.startsWith(ROUTES.searchBundle) && !type.includes('javascript')) return;
        if (pathname.endsWith('.css')) return;
        const body = await response.body().catch(() => Buffer.alloc(0));
        // Pagefind's index files and WebAssembly are gzipped already; a host sends them as they are.
        const gzip = pathname.endsWith('.js') ? gzipSync(body).length : body.length;
        sizes.push({ path: pathname, raw: body.length, gzip });
      });
      await page.goto(`${site.url}/zoeken/`);
      await firstResultLoaded(page);
      // A first query is one word, as most are: the longest word of a theme's name.
      const word = themes()[0]!
        .title.split(/\s+/)
        .reduce((longest, candidate) => (candidate.length > longest.length ? candidate : longest), '');
      await typeQuery(page, word.toLowerCase());
      await page.waitForLoadState('networkidle');
      const sum = (files: typeof sizes) => files.reduce((total, { gzip }) => total + gzip, 0);
      const engine = sum(sizes.filter(({ path }) => path.endsWith('.pagefind')));
      const data = sum(sizes.filter(({ path }) => /\.pf_|pagefind-entry/.test(path)));
      // Astro inlines the page's own small script; count it as well.
      const inline = await page.locator('script[type="module"]:not([src])').allTextContents();
      const scripts = sum(sizes.filter(({ path }) => path.endsWith('.js'))) + gzipSync(inline.join('\n')).length;
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
      console.log(
        `zoeken, eerste zoekopdracht (gzip): zoekdata ${kb(data)} + JavaScript ${kb(scripts)} = ${kb(data + scripts)}; ` +
          `met de WebAssembly-zoekmachine (${kb(engine)}) ${kb(data + scripts + engine)}\n` +
          sizes.map(({ path, raw, gzip }) => `  ${path}: ${kb(raw)} (${kb(gzip)} gzip)`).join('\n'),
      );
      // Nothing is fetched twice (Pagefind's core script once, by the component UI).
      expect(sizes.map(({ path }) => path)).toEqual([...new Set(sizes.map(({ path }) => path))]);
      expect(data + scripts).toBeLessThan(FIRST_QUERY_BUDGET);
      expect(data + scripts + engine).toBeLessThan(WITH_ENGINE_CEILING);
    });
  });
});
