import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_FOLDER_COLLECTIONS, CMS_SITE_SETTINGS } from '../../src/cms/cms-collections.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { assertBuilt, DIST } from '../support/dist.ts';
import { openCmsWithContent } from './cms-harness.ts';

/** Every entry of the default content the CMS edits, as collection and slug, and the site settings. */
const ENTRIES = [
  ...CMS_FOLDER_COLLECTIONS.flatMap((collection) =>
    readdirSync(path.join('content', collection.folder))
      .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
      .map((name) => ({ collection: collection.name, slug: name.replace(/\.mdx?$/, '') })),
  ),
  { collection: '_singletons', slug: CMS_SITE_SETTINGS.name },
];

describe('opening an entry in the CMS changes nothing', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    assertBuilt();
    server = await serveStatic(DIST);
    browser = await launchBrowser();
    ({ page, errors } = await openCmsWithContent(browser, server.url));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The entries on which "Opslaan" is active right after opening. */
  async function activeAfterOpening(entries: typeof ENTRIES): Promise<string[]> {
    const active: string[] = [];
    for (const { collection, slug } of entries) {
      await page.goto(`${server.url}/admin/#/collections/${collection}/entries/${slug}`);
      const save = page.getByRole('button', { name: 'Opslaan' });
      await save.waitFor();
      // The form fills its fields a moment after it shows; give it that moment before asking.
      await page.waitForTimeout(400);
      if (await save.isEnabled()) active.push(`${collection}/${slug}`);
    }
    return active;
  }

  it('finds "Opslaan" inactive on every entry of the default content', async () => {
    expect(ENTRIES.length).toBeGreaterThan(45);
    const started = performance.now();
    expect(await activeAfterOpening(ENTRIES)).toEqual([]);
    console.log(`${ENTRIES.length} items geopend in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    expect(errors.filter((e) => !/status of 404|\/images\//.test(e))).toEqual([]);
  }, 400_000);
});
