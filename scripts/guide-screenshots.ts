// The screenshots of the editors' guide (docs/redactie.md), from the real default site and CMS in
// Chromium at 1280 × 800, written as small palette PNGs to docs/screenshots/.
// Usage: npm run build && node scripts/guide-screenshots.ts
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { checkContent } from '../src/check/check-content.ts';
import { resolveBuildSettings } from '../src/config/build-context.ts';
import { formatCheckProblem, summarise } from '../src/model/problems.ts';
import { bodyEditor, openCmsWithContent, reveal } from '../tests/cms/cms-harness.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const OUT = 'docs/screenshots';
const VIEWPORT = { width: 1280, height: 800 };

/** Writes a screenshot as a palette PNG: a tenth of the size, and nothing an editor would notice. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(600);
  const png = await sharp(await page.screenshot())
    .png({ palette: true, quality: 80, compressionLevel: 9, effort: 10 })
    .toBuffer();
  writeFileSync(path.join(OUT, `${name}.png`), png);
  console.log(`${OUT}/${name}.png  ${(png.length / 1024).toFixed(0)} kB`);
}

/** The check's output on a story with a typo in its theme, as the pull request's log shows it. */
function failedCheckText(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oogst-guide-'));
  try {
    cpSync('content', dir, { recursive: true });
    const file = path.join(dir, 'stories/boodschappen-voor-de-straat.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('themes: [wonen,', 'themes: [wonnen,'));
    const problems = checkContent(dir, resolveBuildSettings()).filter((p) => p.severity === 'error');
    const shown = path.relative(process.cwd(), dir);
    return ['> npm run check', '', ...problems.map(formatCheckProblem), '', summarise(problems)].join('\n').replaceAll(shown, 'content');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

mkdirSync(OUT, { recursive: true });
const server = await serveStatic('dist');
// Headless Chromium shows a date field as month/day/year whatever its language (--lang, LANG and
// the page's locale were tried); the guide says a Dutch browser shows day-month-year.
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
  // The public site, as visitors see it.
  const site = await browser.newPage({ viewport: VIEWPORT, locale: 'nl-NL' });
  await site.goto(`${server.url}/`);
  await shoot(site, 'site-home');
  await site.goto(`${server.url}/verhalen/boodschappen-voor-de-straat/`);
  await shoot(site, 'site-verhaal');
  await site.close();

  // The CMS with the default content, in its test backend (no Git host needed for pictures).
  const { page } = await openCmsWithContent(browser, server.url);
  await page.goto(`${server.url}/admin/#/collections/stories`);
  await page.getByText('Boodschappen voor de hele flat').first().waitFor();
  await shoot(page, 'cms-verhalen');

  await page.getByRole('button', { name: 'Nieuw item aanmaken' }).first().click();
  const title = page.getByRole('textbox', { name: 'Titel', exact: true });
  await title.waitFor();
  await shoot(page, 'cms-leeg');

  await title.fill('Een buurthuis dat open bleef');
  await page.getByRole('textbox', { name: 'Datum' }).fill('2021-03-10');
  await page.getByRole('radio', { name: /kiem/i }).first().click();
  await page
    .getByRole('radio', { name: /burgers/i })
    .first()
    .click();
  await (
    await reveal(page, page.getByRole('textbox', { name: 'Samenvatting' }))
  ).fill('Vrijwilligers hielden een buurthuis in Utrecht open als plek voor een praatje en een kop koffie.');
  await shoot(page, 'cms-ingevuld');

  // A title too long for the share card: the field says so, nothing is saved.
  await title.fill(`${'Een buurthuis dat open bleef voor iedereen die alleen was '.repeat(2)}`.trim());
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await title.scrollIntoViewIfNeeded();
  await shoot(page, 'cms-veldfout');
  await page.getByRole('button', { name: 'Bewerken annuleren' }).click();
  await page
    .getByRole('button', { name: /Verwijderen|Ja|OK/ })
    .last()
    .click({ timeout: 2000 })
    .catch(() => undefined);

  // A chart inserted without choosing one: refused with the check's words.
  await page.goto(`${server.url}/admin/#/collections/stories/entries/boodschappen-voor-de-straat`);
  await page.getByRole('button', { name: 'Opslaan' }).waitFor();
  const body = await bodyEditor(page);
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('\n\n<Visual />');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('alertdialog').waitFor();
  await shoot(page, 'cms-geweigerd');
  await page.getByRole('alertdialog').getByRole('button').last().click();
  await page.getByRole('button', { name: 'Bewerken annuleren' }).click();

  // An existing story opened: the form, the preview, "Opslaan" grey until something changes.
  await page.goto(`${server.url}/admin/#/collections/stories/entries/boodschappen-voor-de-straat`);
  await reveal(page, page.getByRole('button', { name: 'Opslaan' }));
  await page.getByRole('button', { name: 'Opslaan' }).waitFor();
  await shoot(page, 'cms-bestaand-verhaal');
  await page.close();

  // The check's message as the pull request's log shows it.
  const log = await browser.newPage({ viewport: { width: 1280, height: 200 } });
  const text = failedCheckText().replace(/&/g, '&amp;').replace(/</g, '&lt;');
  await log.setContent(
    `<body style="margin:0;background:#0d1117;color:#e6edf3"><pre style="margin:24px;font:15px/1.5 monospace;white-space:pre-wrap">${text}</pre></body>`,
  );
  await shoot(log, 'controle-log');
  await log.close();
} finally {
  await browser.close();
  await server.close();
}
