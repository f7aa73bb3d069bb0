import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CardManifest } from '../../src/cards/gallery';
import { useSiteInBrowser } from '../support/browser';
import { DIST } from '../support/dist';

// Screenshots land here for a person to look at; they are not compared pixel by pixel.
const SHOTS = path.join(os.tmpdir(), 'oogst-deelkaarten');

describe('the share card gallery in a browser', () => {
  const site = useSiteInBrowser();

  it('loads every preview and offers a copy button once JavaScript runs', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}/deelkaarten/`);
    await page.evaluate(() => Promise.all([...document.images].map((image) => (image.loading = 'eager') && image.decode().catch(() => undefined))));
    const widths = await page.$$eval('.deelkaart img', (images) => images.map((image) => (image as HTMLImageElement).naturalWidth));
    const manifest = JSON.parse(readFileSync(path.join(DIST, 'deelkaarten.json'), 'utf8')) as CardManifest;
    expect(widths).toEqual(manifest.cards.map(() => 1200));
    await expect(page.locator('[data-kopieer]').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'galerij.png'), fullPage: true });
    for (const card of manifest.cards.slice(0, 4)) {
      await page.goto(`${site.url}${card.sizes[0]!.url}`);
      await page.screenshot({ path: path.join(SHOTS, `${card.kind}-${card.slug}.png`) });
    }
    await page.close();
  });

  it('leaves the post text selectable and the copy button hidden without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/deelkaarten/`);
    await expect(page.locator('textarea[readonly]').first().inputValue()).resolves.toContain('http');
    await expect(page.locator('[data-kopieer]').first().isVisible()).resolves.toBe(false);
    await context.close();
  });
});
