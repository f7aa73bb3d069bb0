import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildSite, freshCacheDir } from '../support/build-site.ts';
import { listFiles } from '../support/dist.ts';
import { listSavedFolder, openCmsWithContent, reveal, TEST_REPO, useRichText } from './cms-harness.ts';

// Inside the project, so the CMS configuration names the folder as the repository would.
const CONTENT = 'tests/cms-output/walkthrough';
const PHOTO_NAME = 'IMG_20210310_101523.jpg';

/**
 * A photo as a phone takes it: 2016 × 1512 pixels of a gradient with noise (so it compresses like a
 * photo), with the camera, the time and the GPS position of where it was taken in its EXIF.
 */
async function phonePhoto(): Promise<Buffer> {
  const width = 2016;
  const height = 1512;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    const x = i % width;
    const y = Math.floor(i / width);
    const noise = (i * 2654435761) % 23;
    pixels[i * 3] = (x / width) * 200 + noise;
    pixels[i * 3 + 1] = (y / height) * 160 + noise;
    pixels[i * 3 + 2] = 90 + noise;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: 'Telefoonmerk', Model: 'Model X', DateTime: '2021:03:10 10:15:23' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 3012/100', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 1844/100' },
    })
    .toBuffer();
}

/** True when an image file carries EXIF (GPS, camera), XMP, IPTC or an ICC profile. */
async function carriesMetadata(file: string): Promise<boolean> {
  const meta = await sharp(readFileSync(file)).metadata();
  return [meta.exif, meta.xmp, meta.iptc, meta.icc].some((part) => part !== undefined);
}

async function readSaved(page: Page, file: string): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ({ folder, file }) => {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
      const parts = file.split('/');
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      const bytes = new Uint8Array(await (await (await dir.getFileHandle(parts.at(-1) ?? '')).getFile()).arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    { folder: TEST_REPO, file },
  );
  return Buffer.from(base64, 'base64');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

describe('a new story from a blank form to a preview address, timed', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let photo: Buffer;

  beforeAll(async () => {
    rmSync(CONTENT, { recursive: true, force: true });
    mkdirSync(path.dirname(CONTENT), { recursive: true });
    cpSync('tests/fixtures/site-minimal', CONTENT, { recursive: true });
    const built = buildSite(CONTENT, { OOGST_CACHE_DIR: freshCacheDir() });
    expect(built.status, built.output).toBe(0);
    server = await serveStatic(built.outDir);
    browser = await launchBrowser();
    photo = await phonePhoto();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('writes, uploads a phone photo, saves, builds the preview site, and puts no GPS, EXIF or original online', async () => {
    // The test photo really is what the test is about: EXIF with a GPS block (tag 0x8825) and the camera.
    const exif = (await sharp(photo).metadata()).exif ?? Buffer.alloc(0);
    expect(exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    expect(exif.includes(Buffer.from('Telefoonmerk'))).toBe(true);

    const { page, errors } = await openCmsWithContent(browser, server.url, { contentDir: CONTENT });
    await page.goto(`${server.url}/admin/#/collections/stories`);
    await page.getByRole('button', { name: 'Nieuw item aanmaken' }).first().click();
    const title = page.getByRole('textbox', { name: 'Titel', exact: true });
    await title.waitFor();
    const started = performance.now();

    await title.fill('Een buurthuis dat open bleef');
    await page.getByRole('textbox', { name: 'Datum' }).fill('2021-03-10');
    await page.getByRole('radio', { name: /kiem/i }).first().click();
    await page
      .getByRole('radio', { name: /burgers/i })
      .first()
      .click();
    await page.getByRole('group', { name: /Regio/ }).getByRole('combobox').click();
    await page
      .getByRole('option', { name: /utrecht/i })
      .first()
      .click();
    await page.getByRole('checkbox', { name: 'Wonen' }).click();
    await page
      .getByRole('textbox', { name: 'Samenvatting' })
      .fill('Vrijwilligers hielden een buurthuis in Utrecht open als plek voor een praatje en een kop koffie.');
    await page.getByRole('textbox', { name: 'Uitgelichte zin' }).fill('Een kop koffie was in die maanden meer dan een kop koffie.');
    // The photo straight from the phone, through the CMS's own upload.
    const upload = await reveal(
      page,
      page
        .getByRole('group', { name: /Afbeelding bovenaan/ })
        .locator('input[type=file]')
        .first(),
    );
    await upload.setInputFiles({ name: PHOTO_NAME, mimeType: 'image/jpeg', buffer: photo });
    await (
      await reveal(page, page.getByRole('textbox', { name: 'Alt-tekst' }))
    ).fill('Twee vrijwilligers schenken koffie aan een lange tafel in een buurthuis met grote ramen.');
    const body = await useRichText(page);
    await body.click();
    await body.pressSequentially('In de lockdown bleef het buurthuis open voor wie alleen was.');
    const filled = performance.now();

    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForFunction(() => !location.hash.endsWith('/new'), undefined, { timeout: 30_000 });
    const savedAt = performance.now();

    // What the CMS committed: the story (a draft) and the photo as uploaded, as the repository gets them.
    const storyFile = `${CONTENT}/stories/een-buurthuis-dat-open-bleef.mdx`;
    const story = (await readSaved(page, storyFile)).toString('utf8');
    expect(story).toContain('draft: true');
    const uploads = (await listSavedFolder(page, `${CONTENT}/stories/images`)).filter((name) => /\.jpe?g$/i.test(name));
    expect(uploads).toHaveLength(1);
    const uploaded = uploads[0] ?? '';
    expect(story).toContain(`./images/${uploaded}`);
    const original = await readSaved(page, `${CONTENT}/stories/images/${uploaded}`);
    expect(createHash('sha256').update(original).digest('hex')).toBe(createHash('sha256').update(photo).digest('hex'));
    expect(errors).toEqual([]);
    await page.close();

    // The change as the repository gets it (a draft with its photo); the host builds its preview
    // site (npm run build:preview, as a deploy preview does), which shows drafts marked "Concept".
    writeFileSync(storyFile, story);
    writeFileSync(path.join(CONTENT, 'stories/images', uploaded), original);
    const built = buildSite(CONTENT, { OOGST_CACHE_DIR: freshCacheDir() }, undefined, ['--mode', 'preview']);
    expect(built.status, built.output).toBe(0);
    const builtAt = performance.now();

    const site = await serveStatic(built.outDir);
    const address = `${site.url}/verhalen/een-buurthuis-dat-open-bleef/`;
    const view = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const response = await view.goto(address);
    expect(response?.status()).toBe(200);
    await view.getByRole('heading', { level: 1, name: 'Een buurthuis dat open bleef' }).waitFor();
    expect(await view.getByText(/Concept/).count()).toBeGreaterThan(0);
    const hero = view.locator('img[alt^="Twee vrijwilligers schenken koffie"]').first();
    expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const shownAt = performance.now();
    await view.close();
    await site.close();

    console.log(
      [
        `van leeg formulier tot voorbeeldadres: ${seconds(shownAt - started)}`,
        `  formulier invullen (getypt door de test, niet door een mens): ${seconds(filled - started)}`,
        `  opslaan met foto van ${(photo.length / 1024).toFixed(0)} kB: ${seconds(savedAt - filled)}`,
        `  voorbeeldsite bouwen (npm run build:preview): ${seconds(builtAt - savedAt)}`,
        `  pagina tonen: ${seconds(shownAt - builtAt)}`,
      ].join('\n'),
    );

    // Nothing the preview site puts on the web carries the photo's EXIF (GPS, camera), and the
    // original is not there; the published site's build does the same (the story-phone-photo-gps case).
    const files = listFiles(built.outDir).filter((file) => !file.startsWith('admin/'));
    const originalHash = createHash('sha256').update(photo).digest('hex');
    const baseName = path.parse(uploaded).name;
    for (const file of files) {
      const bytes = readFileSync(path.join(built.outDir, file));
      expect(createHash('sha256').update(bytes).digest('hex'), file).not.toBe(originalHash);
      expect(bytes.includes(Buffer.from('Telefoonmerk')), file).toBe(false);
    }
    expect(files.filter((file) => path.basename(file) === uploaded)).toEqual([]);
    const images = files.filter((file) => /\.(jpe?g|png|webp|avif)$/i.test(file) && !file.startsWith('deelkaarten/'));
    const fromPhoto = images.filter((file) => path.basename(file).startsWith(baseName));
    expect(fromPhoto.length).toBeGreaterThan(0);
    for (const file of images) expect(await carriesMetadata(path.join(built.outDir, file)), file).toBe(false);
  }, 400_000);
});
