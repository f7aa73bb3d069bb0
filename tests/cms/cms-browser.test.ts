import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { buildSite, freshCacheDir, type BuildResult } from '../support/build-site.ts';
import { listFiles } from '../support/dist.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { listSavedFolder, openCmsWithContent, readSavedFile, reveal, TEST_REPO, useRichText, writeBrowserFolder } from './cms-harness.ts';
import { carriesMetadata, phonePhoto } from './phone-photo.ts';

/*
 * One fixture site (site-minimal) built once for the whole file: its CMS serves the first describe
 * and the walk-through, and the build of the story the first describe saves serves the local
 * workflow. Three builds in all (that one, the story's, the walk-through's preview site), where
 * each describe once built its own.
 */

// The content folder lives inside the project, so the CMS configuration names it as the repository would.
const CONTENT = 'tests/cms-output/content';
const FIXTURE = 'tests/fixtures/site-minimal';
/** Site settings of a site whose editors work in a GitHub repository. */
const GIT_HOST = 'cms:\n  backend: github\n  repo: gemeente/dialoog\n';
const SCREENSHOTS = process.env.OOGST_CMS_SCREENSHOTS;
/**
 * With OOGST_CMS_PACE=person the walk-through types at 200 characters a minute and pauses three
 * seconds per field to read its hint, and prints how long the form took: the figure in docs/redactie.md.
 */
const PERSON = process.env.OOGST_CMS_PACE === 'person';
const think = (page: Page) => (PERSON ? page.waitForTimeout(3000) : Promise.resolve());
async function type(page: Page, field: ReturnType<Page['getByRole']>, text: string): Promise<void> {
  await think(page);
  if (PERSON) await field.pressSequentially(text, { delay: 300, timeout: 0 });
  else await field.fill(text);
}

/** Files of the content folder the CMS's test backend starts with: the themes and visuals it offers in pickers. */
function seedFiles(): Record<string, { text: string }> {
  const files: Record<string, { text: string }> = {};
  for (const folder of ['themes', 'visuals']) {
    for (const name of readdirSync(path.join(CONTENT, folder)).filter((n) => /\.(md|ya?ml)$/.test(n)))
      files[`${CONTENT}/${folder}/${name}`] = { text: readFileSync(path.join(CONTENT, folder, name), 'utf8') };
  }
  return files;
}

/** Astro's content cache remembers entries by their digest; a folder made again at the same place needs a clean one. */
const freshCache = freshCacheDir;

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 60" width="120" height="60"><rect width="120" height="60" fill="#1b3a6b"/><circle cx="60" cy="30" r="20" fill="#f5b700"/></svg>`;

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let outDir: string;
/** The site with the story the first describe wrote, published, and a Git host configured (see there). */
let storySite: BuildResult | undefined;

beforeAll(async () => {
  rmSync(CONTENT, { recursive: true, force: true });
  mkdirSync(path.dirname(CONTENT), { recursive: true });
  cpSync(FIXTURE, CONTENT, { recursive: true });
  const built = buildSite(CONTENT, { OOGST_CACHE_DIR: freshCache() });
  expect(built.status, built.output).toBe(0);
  outDir = built.outDir;
  server = await serveStatic(outDir);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the CMS at /admin/ in Chromium', () => {
  /** Opens the CMS; `locale` is the browser's language (the CMS speaks Dutch whatever it is). */
  async function openCms(locale = 'nl-NL'): Promise<{ page: Page; external: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale });
    const external: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !/^(blob|data):/.test(url)) external.push(url);
    });
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => void (response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`)));
    await page.goto(`${server.url}/admin/`);
    // The test backend keeps its files in the browser; it starts with the folder's themes and visuals.
    await writeBrowserFolder(page, TEST_REPO, seedFiles());
    await page.getByRole('button', { name: /testrepository/i }).click();
    await page.getByRole('button', { name: 'Nieuw item aanmaken' }).first().waitFor();
    return { page, external, errors };
  }

  it('opens in Dutch, with no console errors and no request leaving the machine', async () => {
    const { page, external, errors } = await openCms('en-US');
    await expect(page.getByText('Verhalen').first().isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('stays out of the sitemap, the search index and the card gallery, and asks search engines not to index it', () => {
    const sitemaps = readdirSync(outDir).filter((name) => name.startsWith('sitemap'));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const name of sitemaps) expect(readFileSync(path.join(outDir, name), 'utf8')).not.toContain('/admin');
    const page = readFileSync(path.join(outDir, 'admin/index.html'), 'utf8');
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    // Pagefind indexes only regions marked data-pagefind-body; the gallery lists the cards of entries.
    expect(page).not.toContain('data-pagefind-body');
    expect(readFileSync(path.join(outDir, 'deelkaarten.json'), 'utf8')).not.toContain('admin');
  });

  it('shows the schema’s Dutch message for a too long field and a Dutch message for an empty one', async () => {
    const { page } = await openCms();
    await page.goto(`${server.url}/admin/#/collections/stories/new`);
    await page.getByRole('textbox', { name: 'Titel', exact: true }).fill('x'.repeat(120));
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText('maximaal 100 tekens toegestaan').first().isVisible()).resolves.toBe(true);
    // An empty required field gets the CMS's own Dutch message; Sveltia checks no pattern on empty fields.
    await expect(page.getByText('Dit veld is verplicht.').first().isVisible()).resolves.toBe(true);
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'cms-4-fout.png') });
    await page.close();
  }, 60_000);

  it('lets an editor write a story that passes npm run check and builds into a story page', async () => {
    const { page, errors } = await openCms();
    await page.goto(`${server.url}/admin/#/collections/stories`);
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'cms-1-start.png') });
    await page.getByRole('button', { name: 'Nieuw item aanmaken' }).first().click();
    await page.getByRole('textbox', { name: 'Titel', exact: true }).waitFor();
    const started = performance.now();
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'cms-2-leeg.png') });
    await type(page, page.getByRole('textbox', { name: 'Titel', exact: true }), 'Een buurthuis dat open bleef');
    // A date is picked, not typed: the field shows the browser's own date format.
    await think(page);
    await page.getByRole('textbox', { name: 'Datum' }).fill('2021-03-10');
    await think(page);
    await page.getByRole('radio', { name: 'kiem' }).click();
    await think(page);
    await page.getByRole('radio', { name: 'burgers' }).click();
    await think(page);
    await page.getByRole('group', { name: /Regio/ }).getByRole('combobox').click();
    await page.getByRole('option', { name: 'utrecht' }).click();
    await think(page);
    await page.getByRole('checkbox', { name: 'Wonen' }).click();
    await type(
      page,
      page.getByRole('textbox', { name: 'Samenvatting' }),
      'Vrijwilligers hielden een buurthuis in Utrecht open als plek voor een praatje en een kop koffie.',
    );
    await type(page, page.getByRole('textbox', { name: 'Uitgelichte zin' }), 'Een kop koffie was in die maanden meer dan een kop koffie.');
    const hero = page.getByRole('group', { name: /Afbeelding bovenaan/ });
    await think(page);
    await hero
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'buurthuis.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(SVG) });
    await type(
      page,
      page.getByRole('textbox', { name: 'Alt-tekst' }),
      'Een blauw vlak met een gele cirkel, als tekening van een lamp in het buurthuis.',
    );
    // The text opens as Markdown; the walk-through writes it in the rich-text editor.
    const body = await useRichText(page);
    await think(page);
    await body.click();
    await body.pressSequentially('In de lockdown bleef het buurthuis open voor wie alleen was.', {
      delay: PERSON ? 300 : 0,
      timeout: PERSON ? 0 : 30_000,
    });
    await think(page);
    await page.getByRole('button', { name: 'Invoegen', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Grafiek' }).click();
    // The component is a small form inside the text: pick one of the site's visuals.
    const visualChoice = page.getByRole('group', { name: 'Grafiek', exact: true }).getByRole('radio').first();
    // The preview draws the chart as the site does: its figure with the chart's title and its SVG.
    const previewShowsVisual = async () =>
      (
        await Promise.all(
          page
            .frames()
            .map((frame) =>
              frame
                .evaluate(
                  () =>
                    [...document.querySelectorAll('.oogst-visual')].some((v) => v.querySelector('svg') !== null) && document.body.innerText,
                )
                .catch(() => ''),
            ),
        )
      ).some((text) => typeof text === 'string' && text.includes('Wie schoven aan bij de dialoogtafels?'));
    // The component's form can take a moment to settle after it is inserted; a choice made before
    // then does not reach the text, so the editor (and this test) picks again when the preview misses it.
    // Each pick gets up to 1.5 s to show in the preview, looked at every 100 ms.
    const previewShowsVisualWithin = async (ms: number) => {
      for (const end = Date.now() + ms; Date.now() < end; await page.waitForTimeout(100)) if (await previewShowsVisual()) return true;
      return false;
    };
    for (let attempt = 0; attempt < 4 && !(await previewShowsVisual()); attempt++) {
      await visualChoice.click();
      if (await previewShowsVisualWithin(1500)) break;
    }
    expect(await previewShowsVisual()).toBe(true);
    // The uploaded hero image shows in the preview, before anything is saved.
    const heroWidth = async () =>
      Math.max(
        ...(await Promise.all(
          page
            .frames()
            .map((frame) =>
              frame.evaluate(() => (document.querySelector('img.oogst-hero') as HTMLImageElement | null)?.naturalWidth ?? 0).catch(() => 0),
            ),
        )),
      );
    await expect.poll(heroWidth, { timeout: 10_000 }).toBeGreaterThan(0);
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'cms-2-formulier.png') });
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForFunction(() => !location.hash.endsWith('/new'), undefined, { timeout: 20_000 });
    if (PERSON) console.log(`formulier van leeg tot opgeslagen: ${((performance.now() - started) / 1000).toFixed(0)} s`);
    if (SCREENSHOTS) {
      // Let the page transition finish, so the picture shows the saved entry rather than the fading form.
      await page.getByText('Item opgeslagen.').waitFor();
      await page.waitForTimeout(1500);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'cms-3-opgeslagen.png') });
    }

    const story = await readSavedFile(page, `${CONTENT}/stories/een-buurthuis-dat-open-bleef.mdx`);
    expect(story).toContain('draft: true');
    expect(story).toMatch(/<Visual id="[a-z0-9-]+" \/>/);
    const images = await listSavedFolder(page, `${CONTENT}/stories/images`);
    expect(images).toContain('buurthuis.svg');
    writeFileSync(path.join(CONTENT, 'stories/een-buurthuis-dat-open-bleef.mdx'), story.replace('draft: true', 'draft: false'));
    writeFileSync(
      path.join(CONTENT, 'stories/images/buurthuis.svg'),
      Buffer.from(await readSavedFile(page, `${CONTENT}/stories/images/buurthuis.svg`, { binary: true }), 'base64'),
    );
    expect(errors).toEqual([]);
    await page.close();
    // The same site with a Git host configured, so this build also serves the local workflow below
    // (the CMS offers a local repository only then); it changes nothing in the story's page.
    writeFileSync(path.join(CONTENT, 'site.yaml'), `${readFileSync(path.join(CONTENT, 'site.yaml'), 'utf8')}${GIT_HOST}`);

    const check = spawnSync('npm', ['run', 'check'], { env: { ...process.env, OOGST_CONTENT_DIR: CONTENT }, encoding: 'utf8' });
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
    const built = buildSite(CONTENT, { OOGST_CACHE_DIR: freshCache() });
    expect(built.status, built.output).toBe(0);
    storySite = built;
    expect(existsSync(path.join(built.outDir, 'verhalen/een-buurthuis-dat-open-bleef/index.html'))).toBe(true);
    if (SCREENSHOTS) {
      const site = await serveStatic(built.outDir);
      const storyPage = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      await storyPage.goto(`${site.url}/verhalen/een-buurthuis-dat-open-bleef/`);
      await storyPage.screenshot({ path: path.join(SCREENSHOTS, 'cms-5-verhaal.png') });
      await storyPage.close();
      await site.close();
    }
  }, 300_000);
});

describe('the local workflow of the CMS (a project folder on the editor’s computer)', () => {
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    // The site-minimal site with a Git host configured: the build of the story test above.
    if (!storySite) throw new Error('De build met het verhaal (de test hierboven) is er niet: die test faalde eerder.');
    server = await serveStatic(storySite.outDir);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('opens the project folder, saves an edit into it, with no console errors and no request leaving the machine', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'nl-NL' });
    const external: string[] = [];
    const errors: string[] = [];
    page.on(
      'request',
      (request) => void (!request.url().startsWith(server.url) && !/^(blob|data):/.test(request.url()) && external.push(request.url())),
    );
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    // Headless Chromium cannot show the folder picker: it answers with a folder in the browser's
    // private file system, which has the same API as a folder on disk and holds a copy of the project.
    await page.addInitScript(() => {
      (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle('project', { create: true });
    });
    // The project as the fixture has it, in the folder the CMS's configuration names.
    const files: Record<string, { text: string }> = { '.git/HEAD': { text: 'ref: refs/heads/main\n' } };
    for (const folder of ['themes', 'visuals', 'stories']) {
      for (const name of readdirSync(path.join(FIXTURE, folder)).filter((n) => /\.(mdx?|ya?ml)$/.test(n)))
        files[`${CONTENT}/${folder}/${name}`] = { text: readFileSync(path.join(FIXTURE, folder, name), 'utf8') };
    }
    await page.goto(`${server.url}/admin/`);
    await writeBrowserFolder(page, 'project', files);
    await page.getByRole('button', { name: 'Werken met een lokale repository' }).click();
    await page.getByText('Boodschappen voor de hele straat').first().click();
    const summary = page.getByRole('textbox', { name: 'Samenvatting' });
    await summary.fill('Buren in een Zwolse straat deden tijdens de lockdown boodschappen voor wie niet de deur uit kon.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const refused = page.getByRole('alertdialog');
    await Promise.race([page.getByText('Item opgeslagen.').waitFor({ timeout: 20_000 }), refused.waitFor({ timeout: 20_000 })]);
    expect(await refused.isVisible().then((visible) => (visible ? refused.innerText() : ''))).toBe('');
    // Saved into the project folder, as the file on disk would be.
    const savedFile = () => readSavedFile(page, `${CONTENT}/stories/boodschappen-voor-de-straat.mdx`, { folder: 'project' });
    await expect
      .poll(savedFile)
      .toContain('summary: Buren in een Zwolse straat deden tijdens de lockdown boodschappen voor wie niet de deur uit kon.');
    // Editing a published story keeps it published and leaves its text as it was.
    const saved = await savedFile();
    expect(saved).not.toContain('draft: true');
    const bodyOf = (text: string) => text.replace(/^---[\s\S]*?\n---\n/, '').trim();
    expect(bodyOf(saved)).toBe(bodyOf(readFileSync(path.join(FIXTURE, 'stories/boodschappen-voor-de-straat.mdx'), 'utf8')));
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

const PHOTO_NAME = 'IMG_20210310_101523.jpg';
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

describe('a new story from a blank form to a preview address, timed', () => {
  // A copy of the fixture of its own: the CMS is the file's build, whose configuration names CONTENT,
  // so the CMS gets this folder's files under that name and what it saves goes back here.
  const WALK = 'tests/cms-output/walkthrough';
  let photo: Buffer;

  beforeAll(async () => {
    rmSync(WALK, { recursive: true, force: true });
    cpSync(FIXTURE, WALK, { recursive: true });
    photo = await phonePhoto();
  });

  it('writes, uploads a phone photo, saves, builds the preview site, and puts no GPS, EXIF or original online', async () => {
    // The test photo really is what the test is about: EXIF with a GPS block (tag 0x8825) and the camera.
    const exif = (await sharp(photo).metadata()).exif ?? Buffer.alloc(0);
    expect(exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    expect(exif.includes(Buffer.from('Telefoonmerk'))).toBe(true);

    const { page, errors } = await openCmsWithContent(browser, server.url, { contentDir: WALK, contentPath: CONTENT });
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
    const story = await readSavedFile(page, `${CONTENT}/stories/een-buurthuis-dat-open-bleef.mdx`);
    expect(story).toContain('draft: true');
    const uploads = (await listSavedFolder(page, `${CONTENT}/stories/images`)).filter((name) => /\.jpe?g$/i.test(name));
    expect(uploads).toHaveLength(1);
    const uploaded = uploads[0] ?? '';
    expect(story).toContain(`./images/${uploaded}`);
    const original = Buffer.from(await readSavedFile(page, `${CONTENT}/stories/images/${uploaded}`, { binary: true }), 'base64');
    expect(createHash('sha256').update(original).digest('hex')).toBe(createHash('sha256').update(photo).digest('hex'));
    expect(errors).toEqual([]);
    await page.close();

    // The change as the repository gets it (a draft with its photo); the host builds its preview
    // site (npm run build:preview, as a deploy preview does), which shows drafts marked "Concept".
    writeFileSync(path.join(WALK, 'stories/een-buurthuis-dat-open-bleef.mdx'), story);
    writeFileSync(path.join(WALK, 'stories/images', uploaded), original);
    const built = buildSite(WALK, { OOGST_CACHE_DIR: freshCacheDir() }, undefined, ['--mode', 'preview']);
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
