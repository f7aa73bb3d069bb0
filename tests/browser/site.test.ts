import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/browser.ts';
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

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

interface PageOptions {
  width?: number;
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
}

/** A fresh browser tab; close it with `page.context().close()`. */
async function newTab(options: PageOptions = {}): Promise<Page> {
  const context = await site.browser.newContext({
    // The site's Content-Security-Policy (rightly) refuses injected scripts; axe-core is one.
    bypassCSP: true,
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  return context.newPage();
}

async function visit(page: Page, url: string): Promise<void> {
  await page.goto(site.url + url, { waitUntil: 'load' });
  // Screenshots and contrast checks need the real font, not the fallback.
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

async function openPage(url: string, options: PageOptions = {}): Promise<Page> {
  const page = await newTab(options);
  await visit(page, url);
  return page;
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
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

/** Violations as lines a person can act on. */
function describeViolations(url: string, violations: AxeViolation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${url} [${violation.impact}] ${violation.id}: ${violation.help}\n    ${node.target.join(' ')}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`,
    ),
  );
}

describe.each(['light', 'dark'] as const)('accessibility (axe-core, WCAG 2.1 A and AA), %s colour scheme', (colorScheme) => {
  let page: Page;
  beforeAll(async () => {
    page = await newTab({ colorScheme });
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it.each(targets)('finds no violations on $name ($url)', async ({ url }) => {
    await visit(page, url);
    expect(describeViolations(url, await runAxe(page)).join('\n\n')).toBe('');
  });
});

describe('keyboard', () => {
  it('reaches the skip link first, shows it, and shows a readable focus on every stop of the home page', async () => {
    const page = await openPage('/');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const box = element.getBoundingClientRect();
      return { className: element.className, href: element.getAttribute('href'), visible: box.top >= 0 && box.height > 0 && box.width > 1 };
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
    await page.context().close();
  });

  it('moves focus to the main content with the skip link', async () => {
    const page = await openPage('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.context().close();
  });
});

describe('narrow screens and no JavaScript', () => {
  it('never scrolls sideways at 320 px', async () => {
    const wide: string[] = [];
    const page = await newTab({ width: 320 });
    for (const { url } of targets) {
      await visit(page, url);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > 320) wide.push(`${url}: ${scrollWidth}px breed`);
    }
    await page.context().close();
    expect(wide).toEqual([]);
  });

  it('shows every main navigation link without JavaScript on a phone', async () => {
    const page = await openPage('/', { width: 320, javaScriptEnabled: false });
    const links = page.locator('nav.oogst-nav a');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let index = 0; index < count; index += 1) expect(await links.nth(index).isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('screenshots', () => {
  it.each(targets.filter((target) => SCREENSHOT_TYPES.includes(target.name)))(
    'saves $name at 375 and 1280 px, light and dark',
    async ({ name, url }) => {
      const saved: string[] = [];
      for (const width of [375, 1280]) {
        for (const colorScheme of ['light', 'dark'] as const) {
          const page = await openPage(url, { width, colorScheme });
          // Lazy images below the fold would stay empty in a full-page screenshot.
          await page.evaluate(async () => {
            const images = [...document.images];
            for (const image of images) image.loading = 'eager';
            await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
          });
          const file = path.join(SCREENSHOTS, `${name}-${width}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          saved.push(file);
          await page.context().close();
        }
      }
      expect(saved.every((file) => existsSync(file))).toBe(true);
    },
  );
});
