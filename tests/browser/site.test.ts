import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { useSiteInBrowser } from '../support/browser.ts';
import { switchColourScheme, usePagePool } from '../support/page-pool.ts';
import { assertBuilt, DIST, listPages } from '../support/dist.ts';

/**
 * Drives the built site in Chromium: axe-core on every page type (light and dark), keyboard
 * access to the header, no horizontal scrolling at 320 px, and screenshots for a human to look at.
 */

const AXE = path.resolve('node_modules/axe-core/axe.min.js');
const SCREENSHOTS = path.resolve('tests/.output/screenshots');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One page per type; slugs differ per content folder, so the first page of each shape is used. */
const PAGE_TYPES: { name: string; pattern: RegExp }[] = [
  { name: 'home', pattern: /^\/$/ },
  { name: 'themas', pattern: /^\/themas\/$/ },
  { name: 'thema', pattern: /^\/themas\/[^/]+\/$/ },
  { name: 'inzichten', pattern: /^\/inzichten\/$/ },
  { name: 'inzicht', pattern: /^\/inzichten\/[^/]+\/$/ },
  { name: 'verhalen', pattern: /^\/verhalen\/$/ },
  { name: 'verhalen-filter', pattern: /^\/verhalen\/soort\/[^/]+\/$/ },
  { name: 'verhaal', pattern: /^\/verhalen\/(?!soort\/|spoor\/|thema\/|\d+\/)[^/]+\/$/ },
  { name: 'eindproduct', pattern: /^\/eindproduct\/$/ },
  { name: 'hoofdstuk', pattern: /^\/eindproduct\/(?!alles\/)[^/]+\/$/ },
  { name: 'eindproduct-alles', pattern: /^\/eindproduct\/alles\/$/ },
  { name: 'vragen', pattern: /^\/veelgestelde-vragen\/$/ },
  { name: 'over', pattern: /^\/over\/$/ },
  { name: 'toegankelijkheid', pattern: /^\/toegankelijkheid\/$/ },
  { name: 'privacy', pattern: /^\/privacy\/$/ },
  { name: 'dialoogtafels', pattern: /^\/dialoogtafels\/$/ },
  { name: '404', pattern: /^\/404$/ },
];

/** Pages worth a screenshot at both widths and in both colour schemes. */
const SCREENSHOT_TYPES = ['home', 'thema', 'verhalen', 'verhaal', 'inzicht', 'hoofdstuk', '404'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string | undefined }[];
}

/** The first page of each type in the built site; read when the file loads so each gets its own test. */
function findTargets(): { name: string; url: string }[] {
  assertBuilt();
  const urls = listPages().map((page) => page.url);
  return PAGE_TYPES.map(({ name, pattern }) => {
    const url = urls.find((candidate) => pattern.test(candidate));
    if (!url) throw new Error(`Geen pagina van type ${name} in ${DIST}`);
    // The static server answers unknown paths with 404.html, like a real host.
    return { name, url: name === '404' ? '/deze-pagina-bestaat-echt-niet/' : url };
  });
}

const targets = findTargets();
const site = useSiteInBrowser();
// The site's Content-Security-Policy (rightly) refuses injected scripts; axe-core is one.
const axePages = usePagePool(site, { bypassCSP: true });
const pages = usePagePool(site);

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

async function visit(page: Page, url: string): Promise<void> {
  await page.goto(site.url + url, { waitUntil: 'load' });
  // Screenshots and contrast checks need the real font, not the fallback.
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  }, WCAG_TAGS);
}

type Scheme = 'light' | 'dark';

/** What one visit of a page type finds; each test asserts its own part. */
interface Findings {
  axe: Record<Scheme, AxeViolation[]>;
  /** The document's width in CSS pixels in a window 320 px wide. */
  scrollWidthAt320: number;
  /** The screenshots saved, for the page types in SCREENSHOT_TYPES. */
  screenshots: string[];
}

/**
 * One visit per page type, shared by the tests that look at it: axe in the light and the dark
 * scheme, the screenshots, the width at 320 px. These pages run no script of their own (only
 * JSON-LD) and have no responsive images: colour scheme and layout are CSS only, so switching
 * the scheme and resizing the loaded page shows what loading it so shows, without another load
 * (a load is most of a page's cost). The context bypasses the CSP for axe; the pages' own
 * resources all pass it (tests/hardening/axe.test.ts).
 */
const findings = new Map<string, Promise<Findings>>();
function inspect({ name, url }: { name: string; url: string }): Promise<Findings> {
  let found = findings.get(url);
  if (!found) {
    found = axePages.use({ width: 1280, height: 900, colorScheme: 'light' }, async (page) => {
      await visit(page, url);
      await page.addScriptTag({ path: AXE });
      const light = await runAxe(page);
      await switchColourScheme(page, 'dark');
      const axe = { light, dark: await runAxe(page) };
      const screenshots = SCREENSHOT_TYPES.includes(name) ? await saveScreenshots(page, name) : [];
      await page.setViewportSize({ width: 320, height: 900 });
      const scrollWidthAt320 = await page.evaluate(() => document.documentElement.scrollWidth);
      return { axe, scrollWidthAt320, screenshots };
    });
    findings.set(url, found);
  }
  return found;
}

/** Full-page screenshots of the loaded page at 1280 and 375 px, dark and light. */
async function saveScreenshots(page: Page, name: string): Promise<string[]> {
  // Lazy images below the fold would stay empty in a full-page screenshot.
  await page.evaluate(async () => {
    const images = [...document.images];
    for (const image of images) image.loading = 'eager';
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
  });
  const saved: string[] = [];
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const colorScheme of ['dark', 'light'] as const) {
      await switchColourScheme(page, colorScheme);
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      const file = path.join(SCREENSHOTS, `${name}-${width}-${colorScheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      saved.push(file);
    }
  }
  return saved;
}

/** Violations as lines a person can act on. */
function describeViolations(url: string, violations: AxeViolation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${url} [${violation.impact}] ${violation.id}: ${violation.help}\n    ${node.target.join(' ')}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`,
    ),
  );
}

// Independent pages at once, at most PAGES_AT_ONCE per pool: most of a page's time is waiting.
describe.concurrent.each(['light', 'dark'] as const)('accessibility (axe-core, WCAG 2.1 A and AA), %s colour scheme', (colorScheme) => {
  it.for(targets)('finds no violations on $name ($url)', async (target, { expect }) => {
    const violations = (await inspect(target)).axe[colorScheme];
    expect(describeViolations(target.url, violations).join('\n\n')).toBe('');
  });
});

describe.concurrent('keyboard', () => {
  it('reaches the skip link first, shows it, and shows a readable focus on every stop of the home page', async ({ expect }) => {
    await pages.use({}, async (page) => {
      await visit(page, '/');
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const box = element.getBoundingClientRect();
        return {
          className: element.className,
          href: element.getAttribute('href'),
          visible: box.top >= 0 && box.height > 0 && box.width > 1,
        };
      });
      expect(first).toEqual({ className: 'oogst-skip-link', href: '#inhoud', visible: true });

      // Walk the whole page: every stop needs an outline or ring, and focused text must not keep
      // a component colour (white on a tile, say) on the yellow focus background.
      const stops: { label: string; inHeader: boolean; indicator: boolean; readable: boolean }[] = [];
      for (let step = 0; step < 150; step += 1) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body || element.classList.contains('oogst-skip-link')) return undefined;
          const style = getComputedStyle(element);
          const indicator = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
          const readable = style.backgroundColor === 'rgba(0, 0, 0, 0)' || style.color !== 'rgb(255, 255, 255)';
          const label = (element.textContent ?? '').trim().slice(0, 40) || element.getAttribute('name') || element.tagName;
          return { label, inHeader: element.closest('header') !== null, indicator, readable };
        });
        if (!stop) break;
        stops.push(stop);
      }
      expect(stops.filter((stop) => stop.inHeader).length).toBeGreaterThanOrEqual(8);
      expect(stops.filter((stop) => !stop.indicator || !stop.readable)).toEqual([]);
    });
  });

  it('moves focus to the main content with the skip link', async ({ expect }) => {
    await pages.use({}, async (page) => {
      await visit(page, '/');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    });
  });
});

describe.concurrent('narrow screens and no JavaScript', () => {
  it('never scrolls sideways at 320 px', async ({ expect }) => {
    const widths = await Promise.all(
      targets.map(async (target) => ({ url: target.url, scrollWidth: (await inspect(target)).scrollWidthAt320 })),
    );
    expect(widths).toHaveLength(targets.length);
    expect(widths.filter(({ scrollWidth }) => scrollWidth > 320).map(({ url, scrollWidth }) => `${url}: ${scrollWidth}px breed`)).toEqual(
      [],
    );
  });

  it('shows every main navigation link without JavaScript on a phone', async ({ expect }) => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await visit(page, '/');
    const links = page.locator('nav.oogst-nav a');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let index = 0; index < count; index += 1) expect(await links.nth(index).isVisible()).toBe(true);
    await context.close();
  });
});

describe.concurrent('screenshots', () => {
  it.for(targets.filter((target) => SCREENSHOT_TYPES.includes(target.name)))(
    'saves $name at 375 and 1280 px, light and dark',
    async (target, { expect }) => {
      const saved = (await inspect(target)).screenshots;
      expect(saved).toHaveLength(4);
      expect(saved.every((file) => existsSync(file))).toBe(true);
    },
  );
});
