import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';
import { assertBuilt, DIST } from './dist.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

export const CHROMIUM = CHROMIUM_PATH;

/** Launches headless Chromium, or explains how to install it. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium ontbreekt op ${CHROMIUM}: installeer het met "apt-get install -y chromium" (zie README).`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** The built site served on 127.0.0.1 and a Chromium to look at it, for one test file. */
export interface SiteInBrowser {
  readonly browser: Browser;
  /** Base URL of the served site (with its base path, if any), without trailing slash. */
  readonly url: string;
}

/**
 * Serves the built site and launches Chromium before the file's tests, and closes both
 * after them. Call it at the top of a test file or describe block.
 */
export function useSiteInBrowser(dist = DIST, { basePath = '' }: { basePath?: string } = {}): SiteInBrowser {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    assertBuilt(dist);
    server = await serveStatic(dist, { basePath });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running yet: use the browser inside a test, not at the top of the file.');
      return browser;
    },
    get url() {
      if (!server) throw new Error('The site is not served yet: use the URL inside a test.');
      return server.url + basePath;
    },
  };
}
