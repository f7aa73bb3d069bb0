import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ROUTES } from '../../src/data/routes.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';

/** What a first search costs a reader: bytes of search code and index data, as gzip would send them. */
export interface SearchWeight {
  query: string;
  files: number;
  /** Pagefind's code, WebAssembly and index data together. */
  totalGzip: number;
  /** Only the part that grows with the content: index chunks, filters, fragments, metadata. */
  dataGzip: number;
}

/**
 * Opens the search page of a built site in Chromium with `?q=<query>`, waits for the first
 * result and adds up what came from /pagefind/ and every script. Undefined when the site has
 * no search page or Chromium is missing.
 */
export async function measureSearchWeight(outDir: string, query: string): Promise<SearchWeight | undefined> {
  if (!existsSync(path.join(outDir, 'zoeken/index.html')) || !existsSync(CHROMIUM_PATH)) return undefined;
  const server = await serveStatic(path.resolve(outDir));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    const sizes: { file: string; gzip: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      const type = response.headers()['content-type'] ?? '';
      if (!pathname.startsWith(ROUTES.searchBundle) && !type.includes('javascript')) return;
      if (pathname.endsWith('.css')) return;
      pending.push(
        response
          .body()
          .catch(() => Buffer.alloc(0))
          // Pagefind's index files and WebAssembly are compressed already; only scripts shrink.
          .then((body) => void sizes.push({ file: pathname, gzip: /\.m?js$/.test(pathname) ? gzipSync(body).length : body.length })),
      );
    });
    await page.goto(`${server.url}${ROUTES.search}?q=${encodeURIComponent(query)}`);
    // The first result, then quiet: on a large site the network can fall idle before the query's
    // own index chunk and fragments are fetched, which would leave them out of the count.
    await page.waitForSelector('.oogst-result__title a', { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const sum = (list: typeof sizes) => list.reduce((total, { gzip }) => total + gzip, 0);
    return {
      query,
      files: sizes.length,
      totalGzip: sum(sizes),
      dataGzip: sum(sizes.filter(({ file }) => /\.pf_|pagefind-entry/.test(file))),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
