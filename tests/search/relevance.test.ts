import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_RANKING } from '../../src/search/ranking.ts';
import { useSiteInBrowser } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';

/**
 * Relevance on the default site: ten queries people would type, each with the pages that
 * must come first (in any order among themselves, where several are equally about it).
 * A page that is about the word (its title, its heading, the story it tells) ranks above
 * pages and harvested ideas that only mention it in passing. The searches run through
 * Pagefind's own JavaScript API in Chromium, with the ranking the search page uses.
 */
const QUERIES: { query: string; first: string[]; why: string }[] = [
  {
    query: 'huisarts',
    first: ['/verhalen/huisarts-via-het-beeldscherm/'],
    why: 'the story about video calls with the GP, above ideas that name the GP once',
  },
  { query: 'wonen', first: ['/themas/wonen/'], why: 'the theme of that name' },
  { query: 'werken', first: ['/themas/werken/'], why: 'the theme of that name, above the one on blended working' },
  { query: 'thuiswerken', first: ['/opvolging/voorbeeld-thuiswerken/'], why: 'the follow-up with the word in its title' },
  { query: 'buurt', first: ['/opvolging/voorbeeld-buurtplekken/'], why: 'the follow-up with the word in its title' },
  { query: 'eenzaamheid', first: ['/themas/samenleven/', '/themas/weerbaarheid/'], why: 'the two themes that treat loneliness' },
  {
    query: 'blended',
    first: ['/themas/blended-samenleving/', '/eindproduct/blended-samenleving/', '/inzichten/blended-samenleving-blijft/'],
    why: 'the theme, chapter and insight with the word in their titles',
  },
  { query: 'schoolplein', first: ['/verhalen/een-groen-schoolplein/'], why: 'the story with the word in its title' },
  { query: 'jongerenraad', first: ['/verhalen/de-jongerenraad-en-de-avondklok/'], why: 'the story with the word in its title' },
  {
    query: 'veerkrachtig',
    first: ['/themas/weerbaarheid/', '/inzichten/samenleving-is-veerkrachtig/', '/eindproduct/weerbaarheid/'],
    why: 'the insight with the word in its title, and the theme and chapter on resilience',
  },
];

interface Ranked {
  url: string;
  title: string;
  type: string;
}

const site = useSiteInBrowser();

describe('search relevance on the default site', () => {
  it('runs on the default site: every page the queries expect first is built', () => {
    const missing = QUERIES.flatMap(({ first }) => first).filter((url) => !existsSync(path.join(DIST, url, 'index.html')));
    expect(missing).toEqual([]);
  });

  let page: Page;
  const ranked = new Map<string, Ranked[]>();

  beforeAll(async () => {
    page = await site.browser.newPage();
    await page.goto(`${site.url}/zoeken/`);
    // A string, not a function: Vite would rewrite `import()` in a function for Node.
    const all = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
      const ranked = {};
      for (const query of ${JSON.stringify(QUERIES.map(({ query }) => query))}) {
        const search = await pagefind.search(query);
        ranked[query] = await Promise.all(search.results.map(async (result) => {
          const data = await result.data();
          return { url: data.url, title: data.meta.title ?? '', type: data.filters.type?.[0] ?? '' };
        }));
      }
      return ranked;
    })()`)) as Record<string, Ranked[]>;
    for (const [query, results] of Object.entries(all)) ranked.set(query, results);
  });
  afterAll(() => page?.close());

  it.each(QUERIES)('"$query" puts first: $why', ({ query, first }) => {
    const results = ranked.get(query)!;
    expect(results.length, query).toBeGreaterThan(first.length);
    expect(new Set(results.slice(0, first.length).map(({ url }) => url)), query).toEqual(new Set(first));
  });

  it('ranks every page with the query in its title above every harvested idea that mentions it', () => {
    let compared = 0;
    for (const { query } of QUERIES) {
      const results = ranked.get(query)!;
      const firstIdea = results.findIndex(({ url }) => url.includes('#idee-'));
      const titled = results.flatMap(({ title, url }, index) =>
        !url.includes('#idee-') && title.toLowerCase().includes(query) ? [index] : [],
      );
      if (firstIdea < 0) continue;
      for (const index of titled) expect(index, `${query}: ${results[index]!.url}`).toBeLessThan(firstIdea);
      compared += titled.length;
    }
    // Queries that find both titled pages and ideas, or this test compared nothing.
    expect(compared).toBeGreaterThan(0);
  });

  it('uses the same ranking on the search page as in this test', async () => {
    // The page of the searches above, loaded anew: the search page sets its own ranking.
    const search = page;
    search.setDefaultTimeout(15_000);
    await search.goto(`${site.url}/zoeken/?q=huisarts`);
    await search.locator('pagefind-summary').filter({ hasText: 'huisarts' }).waitFor();
    const link = search.locator('pagefind-results li').first().locator('.oogst-result__title a');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(QUERIES[0]!.first[0]);
  });
});
