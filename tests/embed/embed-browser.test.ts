import { mkdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { ROUTES } from '../../src/data/routes.ts';
import { assertBuilt, DIST, readBuilt } from '../support/dist.ts';
import { headersFromFile } from '../support/headers-file.ts';
import { PagePool } from '../support/page-pool.ts';
import { embedPages, siteBaseUrl } from './embed-pages.ts';

/**
 * The embed pages in Chromium on two sites: dist/ served with the headers of its own `_headers`
 * (as Netlify or Cloudflare would) at oogst.test, and a foreign page at gastsite.test that frames a
 * chart in a `sandbox="allow-scripts"` iframe with a strict CSP of its own and listens to the
 * height messages as Datawrapper's and WordPress's scripts do. Both names map to 127.0.0.1.
 */

const AXE = path.resolve('node_modules/axe-core/axe.min.js');
const SCREENSHOTS = path.resolve('tests/.output/screenshots');
const WIDTHS = [320, 768, 1280];
const WP_SECRET = 'k3Yw9QpZ2x';

assertBuilt();
const pages = embedPages();
const chart = pages[0]!;

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
let host: { url: string; close: () => Promise<void> };

/** CSP violations each document of a page records, from its first script on. */
function recordViolations(): void {
  const seen: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
}

// Reused pages, at most four at a time per kind (a new page costs a renderer process, a framed one two).
const watchedPages = new PagePool(async () => {
  const context = await browser.newContext();
  await context.addInitScript(recordViolations);
  return context;
});
const plainPages = new PagePool(() => browser.newContext());
// axe is injected, which the page's CSP would rightly refuse.
const axePages = new PagePool(() => browser.newContext({ bypassCSP: true }));

/** The iframe code exactly as the chart's page offers it, pointed at the local copy of the site. */
function offeredIframeCode(slug: string): string {
  const html = readBuilt(`${ROUTES.visual(slug).slice(1)}index.html`);
  const field = new RegExp(`<textarea id="insluiten-${slug}-iframe"[^>]*>([^<]*)</textarea>`).exec(html)?.[1];
  if (!field) throw new Error(`geen iframe-code op ${ROUTES.visual(slug)}`);
  const code = field
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return code.split(siteBaseUrl()).join(site.url);
}

/** Listeners written after what Datawrapper's and WordPress's host scripts do with the messages. */
const LISTENERS: Record<string, string> = {
  '/datawrapper.js': `window.addEventListener('message', function (event) {
  var sizes = event.data && event.data['datawrapper-height'];
  if (!sizes) return;
  document.querySelectorAll('iframe').forEach(function (frame) {
    if (frame.contentWindow !== event.source) return;
    for (var key in sizes) frame.style.height = sizes[key] + 'px';
  });
});`,
  '/wordpress.js': `window.linkRequests = [];
window.heightMessages = 0;
window.addEventListener('message', function (event) {
  var data = event.data;
  if (!data || !data.secret || /[^a-zA-Z0-9]/.test(data.secret)) return;
  document.querySelectorAll('iframe[data-secret="' + data.secret + '"]').forEach(function (frame) {
    if (frame.contentWindow !== event.source) return;
    if (data.message === 'height') window.heightMessages += 1;
    if (data.message === 'height') frame.height = String(Math.min(1000, Math.max(200, parseInt(data.value, 10))));
    // WordPress follows the link when it goes to the frame's own host; here it is only written down.
    if (data.message === 'link') window.linkRequests.push(data.value);
  });
});`,
};

const HOST_CSS = `body{margin:0;padding:16px;font:18px/1.5 Georgia,serif;background:#f4efe6;color:#222}
main{max-width:720px;margin:0 auto}h1{font-size:1.6rem}`;

/** A foreign article with the chart framed the way a plain page or WordPress would frame it. */
function hostPage(kind: 'datawrapper' | 'wordpress', iframe: string): string {
  const sandboxed =
    kind === 'wordpress'
      ? iframe.replace(
          /^<iframe src="([^"]+)"/,
          `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" data-secret="${WP_SECRET}" src="$1#?secret=${WP_SECRET}"`,
        )
      : iframe.replace(/^<iframe /, '<iframe sandbox="allow-scripts" ');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gastsite</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/host.css"></head>
<body><main><h1>Een artikel op een andere site</h1><p>Hieronder staat een grafiek van een andere site, ingesloten met de code die die site aanbiedt.</p>
${sandboxed}
<p>En hier gaat het artikel verder.</p></main><script src="/${kind}.js"></script></body></html>`;
}

/** The foreign site: its pages, its listeners and a strict policy that frames only the chart's site. */
async function serveHost(): Promise<{ url: string; close: () => Promise<void> }> {
  const styleAttribute = /\sstyle="([^"]*)"/.exec(offeredIframeCode(chart.slug))?.[1] ?? '';
  const styleHash = createHash('sha256').update(styleAttribute).digest('base64');
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://gastsite.test');
    const csp = `default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-hashes' 'sha256-${styleHash}'; frame-src ${site.url}; img-src 'self'`;
    const slug = url.searchParams.get('grafiek') ?? chart.slug;
    const framed = url.searchParams.get('pagina');
    const iframe = framed
      ? `<iframe src="${site.url}${framed}" title="Een pagina" sandbox="allow-scripts"></iframe>`
      : offeredIframeCode(slug);
    const bodies: Record<string, [string, string]> = {
      '/datawrapper.html': ['text/html; charset=utf-8', hostPage('datawrapper', iframe)],
      '/wordpress.html': ['text/html; charset=utf-8', hostPage('wordpress', iframe)],
      '/host.css': ['text/css', HOST_CSS],
      ...Object.fromEntries(Object.entries(LISTENERS).map(([file, code]) => [file, ['text/javascript', code] as [string, string]])),
    };
    const body = bodies[url.pathname];
    response.writeHead(body ? 200 : 404, { 'Content-Type': body?.[0] ?? 'text/plain', 'Content-Security-Policy': csp });
    response.end(body?.[1] ?? 'niet gevonden');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://gastsite.test:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  site = await serveStatic(DIST, { headers: headersFromFile(readFileSync(path.join(DIST, '_headers'), 'utf8')), host: 'oogst.test' });
  host = await serveHost();
  // Two names for 127.0.0.1: two sites, so the frame is cross-site and cross-origin, as on the web.
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP *.test 127.0.0.1'],
  });
});

afterAll(async () => {
  await Promise.all([watchedPages.close(), plainPages.close(), axePages.close()]);
  await browser?.close();
  await site?.close();
  await host?.close();
});

/**
 * CSP violations of every document in a tab (whose context records them, `recordViolations`):
 * events each frame records, and the console's reports from now on.
 */
function watchViolations(page: Page): () => Promise<string[]> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) console.push(message.text());
  });
  const violations = async () => {
    const inFrames = await Promise.all(
      // A frame without the watcher would report nothing; say so instead of passing.
      page
        .frames()
        .map((frame) =>
          frame.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? ['geen CSP-wachter in dit frame']),
        ),
    );
    return [...inFrames.flat(), ...console];
  };
  return violations;
}

/** The frame of the chart inside the host page. */
async function chartFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('het iframe heeft geen document');
  await frame.waitForSelector('h1');
  return frame;
}

/** The iframe's height and the height of the document inside it, once the two agree or after some 10 s (a busy machine). */
async function settledHeights(page: Page, frame: Frame): Promise<{ frame: number; content: number; overflow: number }> {
  let last = { frame: 0, content: 0, overflow: 0 };
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const frameHeight = await page.$eval('iframe', (element) => element.getBoundingClientRect().height);
    const inside = await frame.evaluate(() => ({
      content: document.documentElement.getBoundingClientRect().height,
      overflow: document.documentElement.scrollHeight - window.innerHeight,
    }));
    last = { frame: frameHeight, ...inside };
    if (Math.abs(last.frame - last.content) <= 2) return last;
    await page.waitForTimeout(100);
  }
  return last;
}

/** The same embed page opened on its own at `width`: its height measured without any frame or message. */
function standaloneHeight(url: string, width: number): Promise<number> {
  return plainPages.use({ width, height: 200 }, async (page) => {
    await page.goto(url);
    return page.evaluate(() => document.documentElement.scrollHeight);
  });
}

describe.concurrent('an embed page inside a sandboxed cross-site iframe', () => {
  it.for(WIDTHS)('reaches its content height within 2 px at %i px (Datawrapper-style message)', (width, { expect }) =>
    watchedPages.use({ width, height: 900 }, async (page) => {
      const violations = watchViolations(page);
      await page.goto(`${host.url}/datawrapper.html`);
      const frame = await chartFrame(page);
      const heights = await settledHeights(page, frame);
      const frameWidth = await page.$eval('iframe', (element) => element.getBoundingClientRect().width);
      const alone = await standaloneHeight(`${site.url}${ROUTES.embed(chart.slug)}`, Math.round(frameWidth));
      expect(Math.abs(heights.frame - heights.content), JSON.stringify(heights)).toBeLessThanOrEqual(2);
      expect(Math.abs(heights.frame - alone), `los geopend ${alone}px, in het frame ${heights.frame}px`).toBeLessThanOrEqual(2);
      expect(heights.overflow).toBeLessThanOrEqual(1);
      // Opening the table makes the page taller; the frame follows.
      await frame.click('summary');
      const opened = await settledHeights(page, frame);
      expect(opened.frame).toBeGreaterThan(heights.frame + 50);
      expect(Math.abs(opened.frame - opened.content)).toBeLessThanOrEqual(2);
      expect(await violations()).toEqual([]);
      if (width !== 768) await page.screenshot({ path: path.join(SCREENSHOTS, `insluiten-gastsite-${width}.png`), fullPage: true });
    }),
  );

  it.for(WIDTHS)(
    'reaches its content height within 2 px at %i px (WordPress message with the secret from the address)',
    (width, { expect }) =>
      watchedPages.use({ width, height: 900 }, async (page) => {
        const violations = watchViolations(page);
        await page.goto(`${host.url}/wordpress.html`);
        const frame = await chartFrame(page);
        const heights = await settledHeights(page, frame);
        expect(Math.abs(heights.frame - heights.content), JSON.stringify(heights)).toBeLessThanOrEqual(2);
        expect(await page.$eval('iframe', (element) => element.getAttribute('height'))).toBe(String(Math.ceil(heights.content)));
        // WordPress greets its frames with "ready" (and the secret); the frame answers with its height.
        const before = await page.evaluate(() => (window as unknown as { heightMessages: number }).heightMessages);
        await page.evaluate(
          (secret) => document.querySelector('iframe')?.contentWindow?.postMessage({ message: 'ready', secret }, '*'),
          WP_SECRET,
        );
        await page.waitForFunction((count) => (window as unknown as { heightMessages: number }).heightMessages > count, before);
        // The sandbox lets no link open a window: the link back goes to the host as WordPress's "link" message.
        await frame.click('.oe-foot a');
        await page.waitForFunction(() => (window as unknown as { linkRequests: string[] }).linkRequests.length > 0);
        expect(await page.evaluate(() => (window as unknown as { linkRequests: string[] }).linkRequests)).toEqual([
          `${siteBaseUrl()}${ROUTES.visual(chart.slug)}`,
        ]);
        expect(await violations()).toEqual([]);
      }),
  );

  it('fits every chart, not only the first, at 768 px', async ({ expect }) => {
    const misfits: string[] = [];
    const guesses: string[] = [];
    const violations = await watchedPages.map(pages, { width: 768, height: 900 }, async (page, { slug }) => {
      const violations = watchViolations(page);
      await page.goto(`${host.url}/datawrapper.html?grafiek=${slug}`);
      const guess = Number(await page.$eval('iframe', (element) => element.getAttribute('height')));
      const heights = await settledHeights(page, await chartFrame(page));
      if (Math.abs(heights.frame - heights.content) > 2) misfits.push(`${slug}: ${JSON.stringify(heights)}`);
      // The code's starting height (also the oEmbed height) is for this width: close, so the page barely moves.
      if (Math.abs(guess - heights.content) > heights.content * 0.2) guesses.push(`${slug}: geschat ${guess}px, echt ${heights.content}px`);
      return violations();
    });
    expect(violations).toHaveLength(pages.length);
    expect(misfits).toEqual([]);
    expect(guesses).toEqual([]);
    expect(violations.flat()).toEqual([]);
  });

  it('may not frame any other page of the site', ({ expect }) =>
    plainPages.use({ width: 768, height: 900 }, async (page) => {
      const refused: string[] = [];
      const isRefusal = (message: ConsoleMessage) => /frame-ancestors|X-Frame-Options/i.test(message.text());
      page.on('console', (message) => {
        if (isRefusal(message)) refused.push(message.text());
      });
      // Chromium says so on the console when it refuses the frame: wait for that, not for a while.
      const refusal = page.waitForEvent('console', { predicate: isRefusal });
      await page.goto(`${host.url}/datawrapper.html?pagina=${encodeURIComponent(ROUTES.visual(chart.slug))}`);
      await refusal;
      const frame = await (await page.$('iframe'))?.contentFrame();
      expect(await frame?.$('svg')).toBeFalsy();
      expect(refused.join('\n')).toMatch(/frame-ancestors 'none'/);
    }));
});

describe('the embed codes on a chart page', () => {
  it('shows a copy button with JavaScript, which puts the iframe code on the clipboard', async () => {
    // The clipboard needs a secure context: 127.0.0.1 is one, the oogst.test name over http is not.
    const local = site.url.replace('oogst.test', '127.0.0.1');
    const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: local });
    await context.addInitScript(recordViolations);
    const page = await context.newPage();
    const violations = watchViolations(page);
    await page.goto(`${local}${ROUTES.visual(chart.slug)}`);
    await page.click('.oogst-embed summary');
    const button = page.locator(`[data-embed-copy="insluiten-${chart.slug}-iframe"]`);
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await page.waitForFunction(() => document.querySelector('.oogst-embed__status')?.textContent !== '');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(offeredIframeCode(chart.slug).split(site.url).join(siteBaseUrl()));
    await page.locator('.oogst-embed').screenshot({ path: path.join(SCREENSHOTS, 'insluiten-code-375.png') });
    expect(await violations()).toEqual([]);
    await context.close();
  });
});

describe.concurrent('an embed page on its own', () => {
  it('shows the chart, the table switch, the source and the link back without JavaScript', async ({ expect }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const { slug } of pages) {
      await page.goto(`${site.url}${ROUTES.embed(slug)}`);
      expect(await page.isVisible('h1')).toBe(true);
      expect(await page.isVisible('.oe-chart--narrow svg')).toBe(true);
      expect(await page.isVisible('summary')).toBe(true);
      await page.click('summary');
      expect(await page.isVisible('table')).toBe(true);
      expect(await page.getAttribute('.oe-foot a', 'href')).toBe(`${siteBaseUrl()}${ROUTES.visual(slug)}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
    await context.close();
  });

  it('has no axe violations (WCAG 2.1 A and AA), every chart at 320 px and the first at 1280 px, with the table open', async ({
    expect,
  }) => {
    const visits = [...pages.map(({ slug }) => ({ slug, width: 320 })), { slug: chart.slug, width: 1280 }];
    const found = await Promise.all(
      visits.map(({ slug, width }) =>
        axePages.use({ width, height: 900 }, async (page) => {
          await page.goto(`${site.url}${ROUTES.embed(slug)}`);
          await page.click('summary');
          await page.addScriptTag({ path: AXE });
          const violations = await page.evaluate(async () => {
            const axe = (
              window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
            ).axe;
            const result = await axe.run(document, {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
              // Every node only for violations, the only result used here.
              resultTypes: ['violations'],
            });
            return result.violations.map((violation) => `${violation.id} (${violation.nodes.length}×)`);
          });
          return violations.map((violation) => `${slug} @${width}: ${violation}`);
        }),
      ),
    );
    expect(found).toHaveLength(pages.length + 1);
    expect(found.flat()).toEqual([]);
  });
});
