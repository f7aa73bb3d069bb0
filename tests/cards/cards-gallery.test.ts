import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, it } from 'vitest';
import type { CardManifest } from '../../src/cards/gallery.ts';
import { useSiteInBrowser } from '../support/browser.ts';
import { usePagePool } from '../support/page-pool.ts';
import { DIST } from '../support/dist.ts';

// Screenshots land here for a person to look at; they are not compared pixel by pixel.
const SHOTS = path.join(os.tmpdir(), 'oogst-deelkaarten');

// One after another: the full-page screenshot and the zip are heavy work for Chromium. The three
// tests that need JavaScript reuse one page (a new page costs a renderer process).
describe('the share card gallery in a browser', () => {
  const site = useSiteInBrowser();
  const pages = usePagePool(site, { acceptDownloads: true }, 1);

  it('loads every preview and offers a copy button once JavaScript runs', ({ expect }) =>
    pages.use({ width: 1280, height: 900 }, async (page) => {
      await page.goto(`${site.url}/deelkaarten/`);
      await page.evaluate(() =>
        Promise.all([...document.images].map((image) => (image.loading = 'eager') && image.decode().catch(() => undefined))),
      );
      const widths = await page.$$eval('.deelkaart img', (images) => images.map((image) => (image as HTMLImageElement).naturalWidth));
      const manifest = JSON.parse(readFileSync(path.join(DIST, 'deelkaarten.json'), 'utf8')) as CardManifest;
      expect(widths).toEqual(manifest.cards.map(() => 1200));
      await expect(page.locator('[data-kopieer]').first().isVisible()).resolves.toBe(true);
      await page.screenshot({ path: path.join(SHOTS, 'galerij.png'), fullPage: true });
      for (const card of manifest.cards.slice(0, 4)) {
        await page.goto(`${site.url}${card.sizes[0]!.url}`);
        await page.screenshot({ path: path.join(SHOTS, `${card.kind}-${card.slug}.png`) });
      }
    }));

  it('makes the zip of the cards on the page in the browser and downloads it, with progress in words', ({ expect }) =>
    pages.use({ width: 1280, height: 900 }, async (page) => {
      const manifest = JSON.parse(readFileSync(path.join(DIST, 'deelkaarten.json'), 'utf8')) as CardManifest;
      await page.goto(`${site.url}/deelkaarten/`);
      const button = page.getByRole('button', { name: /^Download alle deelkaarten \(zip/ });
      await expect(button.isVisible()).resolves.toBe(true);
      await button.focus();
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toBe('alle-deelkaarten.zip');
      const file = path.join(SHOTS, 'alle-deelkaarten.zip');
      mkdirSync(SHOTS, { recursive: true });
      await download.saveAs(file);
      const entries = unzipSync(readFileSync(file));
      const expected = manifest.cards.flatMap((card) => card.sizes.map((size) => size.url));
      expect(Object.keys(entries).sort()).toEqual(expected.map((url) => url.replace('/deelkaarten/', '')).sort());
      // Every entry holds the very bytes the site serves.
      for (const url of expected)
        expect(Buffer.compare(Buffer.from(entries[url.replace('/deelkaarten/', '')]!), readFileSync(path.join(DIST, url))), url).toBe(0);
      await expect(page.getByRole('status').filter({ hasText: 'alle-deelkaarten.zip' }).textContent()).resolves.toMatch(
        /^Klaar: alle-deelkaarten\.zip met \d+ bestanden \([\d,]+ MB\) wordt gedownload\.$/,
      );
      await page.screenshot({ path: path.join(SHOTS, 'galerij-zip.png') });
    }));

  it('says in words which file failed when a card cannot be fetched', ({ expect }) =>
    pages.use({ width: 1280, height: 720 }, async (page) => {
      await page.route('**/deelkaarten/themas/*-1080x1350.png', (route) => route.fulfill({ status: 404, body: '' }));
      await page.goto(`${site.url}/deelkaarten/`);
      await page.getByRole('button', { name: /^Download alle deelkaarten/ }).click();
      const status = page.getByRole('status').filter({ hasText: 'De zip kon niet worden gemaakt' });
      await status.waitFor();
      await expect(status.textContent()).resolves.toMatch(
        /^De zip kon niet worden gemaakt: themas\/[\w-]+-1080x1350\.png kon niet worden opgehaald\./,
      );
      await expect(page.getByRole('button', { name: /^Download alle deelkaarten/ }).isEnabled()).resolves.toBe(true);
    }));

  it('leaves the post text selectable and the copy button hidden without JavaScript', async ({ expect }) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/deelkaarten/`);
    await expect(page.locator('textarea[readonly]').first().inputValue()).resolves.toContain('http');
    await expect(page.locator('[data-kopieer]').first().isVisible()).resolves.toBe(false);
    // The zip is made by the browser: without JavaScript its button stays hidden and the page says so.
    await expect(page.locator('[data-zip-bestanden]').isVisible()).resolves.toBe(false);
    await expect(page.locator('noscript').first().textContent()).resolves.toContain('JavaScript');
    await context.close();
  });
});
