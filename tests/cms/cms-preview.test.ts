import type { Frame, Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { bodyEditor, useCmsSessions } from './cms-harness.ts';

/** One entry of each collection that previews as its page, chosen for what they hold (charts, callouts, steps, quotes, images). */
const ENTRIES = [
  { collection: 'stories', id: 'boodschappen-voor-de-straat', page: '/verhalen/boodschappen-voor-de-straat/' },
  { collection: 'insights', id: 'schade-is-groot', page: '/inzichten/schade-is-groot/' },
  { collection: 'chapters', id: 'inleiding', page: '/eindproduct/inleiding/' },
  { collection: 'followups', id: 'inbreng-in-de-coronagremia', page: '/opvolging/inbreng-in-de-coronagremia/' },
  // A theme's page lists insights, chapters, follow-ups, stories, charts, ideas and related themes
  // from other entries below its own part; the preview draws them too.
  { collection: 'themes', id: 'blended-samenleving', page: '/themas/blended-samenleving/' },
  { collection: 'themes', id: 'wonen', page: '/themas/wonen/' },
] as const;

/** The lists of a theme's page, part by part (src/pages/themas/[slug].astro). */
const THEME_PARTS = [
  '.oogst-section > h2',
  '.oogst-links li',
  '.oogst-card__meta',
  '.oogst-card__title',
  '.oogst-card__body > p:not(.oogst-card__meta)',
  '.oogst-more',
  '.oogst-ideas h3',
  '.oogst-ideas__list li',
  '.oogst-tile__title',
  '.oogst-tile p',
];

/** What readers see of an entry, part by part, as the page and the preview both mark it up. */
const PARTS = [
  'h1',
  '.oogst-eyebrow .oogst-kind',
  '.oogst-lead',
  '.oogst-draft',
  '.oogst-example-note',
  '.oogst-quote blockquote',
  '.oogst-quote figcaption',
  // The body's paragraphs, also those in callouts, quotes and chart captions; not the embed code under a chart on the site.
  '.oogst-prose p:not(.oogst-embed p)',
  '.oogst-prose li',
  '.oogst-prose h2',
  '.oogst-callout',
  '.oogst-sources',
  '.oogst-visual__title',
  '.oogst-visual__example',
  '.oogst-visual__caption',
  '.oogst-visual table',
  '.oogst-plain p',
  '.oogst-facts dt',
  '.oogst-facts dd',
  '.oogst-timeline__step',
  '.oogst-provenance dt',
  '.oogst-provenance li',
  // "Wat is ermee gedaan?" on themes, insights and chapters: status, last update, title, summary, who.
  '.oogst-followups h2',
  '.oogst-followup p',
  '.oogst-followup__title',
  '.oogst-followups > p',
];

/** Entries whose follow-up block lists follow-ups (the others say that nothing is recorded yet). */
const ANSWERED = ['schade-is-groot', 'inleiding', 'blended-samenleving'];

interface Seen {
  texts: Record<string, string[]>;
  /** Each chart's SVG: its text and how many elements it draws. */
  charts: string[];
  /** The classes of the article and a theme's head: their layout and theme colour. */
  classes: string[];
}

async function seen(frame: Page | Frame, parts = PARTS): Promise<Seen> {
  return frame.evaluate((parts) => {
    // Quotes compared as marks: the build sets typographic quotes, the preview's Markdown straight ones.
    const normal = (text: string) =>
      text
        .replace(/\s+/g, ' ')
        .replace(/[\u201c\u201d\u201e"]/g, '"')
        .replace(/[\u2018\u2019]/g, "'")
        .trim();
    const root = document.querySelector('main') ?? document.body;
    const texts: Record<string, string[]> = {};
    const shown = (selector: string) => [...root.querySelectorAll(selector)];
    for (const part of parts) texts[part] = shown(part).map((e) => normal(e.textContent ?? ''));
    const charts = shown('.oogst-visual__chart svg').map((svg) => `${svg.querySelectorAll('*').length}: ${normal(svg.textContent ?? '')}`);
    const classes = shown('article, .oogst-theme-head').map((e) => e.className);
    return { texts, charts, classes };
  }, parts);
}

/** Time for a test, waiting for a free session included: the tests start side by side. */
const TEST_TIME = 180_000;

describe('the CMS preview of an entry is its page', () => {
  // The entries are opened side by side, each test in a free session of the CMS.
  const cms = useCmsSessions(2);

  for (const entry of ENTRIES) {
    it.concurrent(
      `shows the texts, charts and images of the built page: ${entry.collection}/${entry.id}`,
      async ({ expect }) => {
        const { browser, url } = cms;
        const built = await browser.newPage();
        await built.goto(`${url}${entry.page}`);
        const parts = entry.collection === 'themes' ? [...PARTS, ...THEME_PARTS] : PARTS;
        const expected = await seen(built, parts);
        await built.close();
        expect(expected.texts['h1']).toHaveLength(1);

        await cms.take(async ({ page, errors }) => {
          await page.goto(`${url}/admin/#/collections/${entry.collection}/entries/${entry.id}`);
          await page.getByRole('button', { name: 'Opslaan' }).waitFor();
          const preview = () => page.frames().find((frame) => frame !== page.mainFrame());
          await expect.poll(async () => (await preview()?.locator('main h1').count()) ?? 0, { timeout: 30_000 }).toBe(1);
          // Sveltia may replace the preview's frame while it settles (a detached frame answers nothing):
          // every look asks for the current one.
          const frame = () => preview() as Frame;
          // Part by part, so a difference names the part it is in.
          await expect.poll(async () => (await seen(frame(), parts)).texts, { timeout: 15_000 }).toEqual(expected.texts);
          const shown = await seen(frame(), parts);
          expect(shown.charts).toEqual(expected.charts);
          expect(shown.classes).toEqual(expected.classes);
          if (entry.collection === 'insights') expect(expected.charts.length).toBeGreaterThan(1);
          if (ANSWERED.includes(entry.id)) expect(expected.texts['.oogst-followup__title']?.length, entry.id).toBeGreaterThan(0);
          if (['insights', 'chapters', 'themes'].includes(entry.collection))
            expect(expected.texts['.oogst-followups h2'], entry.id).toHaveLength(1);
          // The lists are there to compare: a theme with stories, insights and ideas of its own.
          if (entry.collection === 'themes') {
            expect(expected.texts['.oogst-card__title']?.length, entry.id).toBeGreaterThan(0);
            expect(expected.texts['.oogst-ideas__list li']?.length, entry.id).toBeGreaterThan(0);
            expect(expected.texts['.oogst-section > h2']?.length, entry.id).toBeGreaterThan(2);
          }
          if (entry.collection === 'stories') {
            // The hero image drawn from the file in the repository, not a path the CMS's address does not serve.
            await expect
              .poll(
                () => frame().evaluate(() => (document.querySelector('img.oogst-hero') as HTMLImageElement | null)?.naturalWidth ?? 0),
                {
                  timeout: 10_000,
                },
              )
              .toBeGreaterThan(0);
          }
          expect(errors).toEqual([]);
        });
      },
      TEST_TIME,
    );
  }

  it.concurrent(
    'shows HTML typed in the Markdown text as the characters typed, as the site does, and still draws the charts',
    async ({ expect }) => {
      const { url } = cms;
      await cms.take(async ({ page }) => {
        await page.goto(`${url}/admin/#/collections/insights/entries/schade-is-groot`);
        await page.getByRole('button', { name: 'Opslaan' }).waitFor();
        const preview = () => page.frames().find((frame) => frame !== page.mainFrame()) as Frame;
        await expect.poll(async () => (await preview()?.locator('main h1').count()) ?? 0, { timeout: 30_000 }).toBe(1);
        // The insight's text has no chart of its own: any chart in it after typing is the typed one.
        expect(await preview().locator('.oogst-prose .oogst-visual__chart svg').count()).toBe(0);
        const body = await bodyEditor(page);
        await body.click();
        await page.keyboard.press('Control+End');
        await page.keyboard.insertText(
          '\n\nEen <b>vette</b> zin met <img src="x.png" alt="x"> erin.\n\n<div>Een blok</div>\n\n<Visual id="deelname-per-spoor" />',
        );
        const frame = preview;
        await expect
          .poll(() => frame().locator('.oogst-prose').innerText(), { timeout: 15_000 })
          .toContain('Een <b>vette</b> zin met <img src="x.png" alt="x"> erin.');
        expect(await frame().locator('.oogst-prose').innerText()).toContain('<div>Een blok</div>');
        expect(await frame().locator('.oogst-prose b, .oogst-prose img').count()).toBe(0);
        // A chart in the same text is drawn by the site's chart code still (Sveltia's placeholders stay HTML).
        await expect.poll(() => frame().locator('.oogst-prose .oogst-visual__chart svg').count(), { timeout: 15_000 }).toBeGreaterThan(0);
        await page.getByRole('button', { name: 'Bewerken annuleren' }).click();
        await page
          .getByRole('button', { name: /Verwijderen|Ja|OK/ })
          .last()
          .click({ timeout: 2000 })
          .catch(() => undefined);
      });
    },
    TEST_TIME,
  );
});
