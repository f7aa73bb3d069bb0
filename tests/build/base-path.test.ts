import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveDirOf } from '../../src/archive/archive-dir.ts';
import { basePathOf, EMBED_FOLDER, ROUTES, withBase } from '../../src/data/routes.ts';
import { isEmbedFile } from '../../src/embed/embed-folder.ts';
import { useSiteInBrowser } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { listPages, readBuilt } from '../support/dist.ts';
import { fileForPath, findBrokenLinks, scanSite, siteOrigin } from '../hardening/lib/site-checks.ts';
import { readSitemapPaths } from '../hardening/lib/sitemap.ts';

/**
 * The default content published under a path, as a ministry or municipality without a domain
 * of its own would: site.yaml's baseUrl is https://example.nl/dialoog/. The built site is served
 * below /dialoog/ only (anything outside answers 404), so a link, asset or search request that
 * forgot the base path fails here.
 */
const SITE = 'https://example.nl/dialoog';
const BASE = basePathOf(SITE);
const AXE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

const root = mkdtempSync(path.join(os.tmpdir(), 'oogst-base-path-'));
const contentDir = path.join(root, 'content');
const dist = path.join(root, 'dist');
let buildOutput = '';

beforeAll(() => {
  cpSync(path.resolve('content'), contentDir, { recursive: true });
  const siteFile = path.join(contentDir, 'site.yaml');
  writeFileSync(siteFile, readFileSync(siteFile, 'utf8').replace(/^baseUrl: .*$/m, `baseUrl: ${SITE}/`));
  const result = buildSite(contentDir, {}, dist);
  buildOutput = result.output;
  if (result.status !== 0) throw new Error(`de build onder ${BASE}/ faalde:\n${result.output.slice(-3000)}`);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const site = useSiteInBrowser(dist, { basePath: BASE });
const read = (sitePath: string) => readFileSync(path.join(dist, sitePath), 'utf8');

describe(`a site published under a path (${SITE}/)`, () => {
  it("builds without warnings beyond the default site's own", () => {
    // Two warnings every build of the default content prints under vitest, whatever the base path:
    // the publisher details site.yaml leaves to fill in, and the search integration's dev-server
    // notice (Astro sets up a server during a build run with NODE_ENV=test).
    const known = ['moet de uitgever nog invullen', 'zoeken werkt in de dev-server pas na'];
    const warnings = buildOutput.split('\n').filter((line) => /\bwarn/i.test(line) && !known.some((text) => line.includes(text)));
    expect(warnings).toEqual([]);
  });

  it('archives every file under its full URL, with the path, beside the output folder', () => {
    const archive = archiveDirOf(dist);
    const cdx = readdirSync(archive).find((name) => name.endsWith('.cdx'))!;
    expect(cdx).toMatch(/^example\.nl-dialoog-\d{14}\.cdx$/);
    const urls = readFileSync(path.join(archive, cdx), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => line.split(' ')[2]!);
    expect(urls).toContain(`${SITE}/`);
    expect(urls).toContain(`${SITE}${ROUTES.dataCatalogue}`);
    for (const url of urls) expect(url.startsWith(`${SITE}/`), url).toBe(true);
  });

  it('links every page, asset and download inside the site, under the base path', () => {
    const pages = scanSite(dist, BASE);
    expect(pages.length).toBeGreaterThan(100);
    expect(siteOrigin(pages)).toBe('https://example.nl');
    expect(findBrokenLinks(dist, pages, BASE)).toEqual([]);
  });

  it('gives every page a canonical URL and a share image with the path', () => {
    // Embed pages are noindex and framed by other sites: no canonical or share card (below).
    for (const { file, url } of listPages(dist).filter((page) => page.url !== '/404' && !isEmbedFile(page.file))) {
      const html = readBuilt(file, dist);
      expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1], file).toBe(`${SITE}${url}`);
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(image.startsWith(`${SITE}${ROUTES.cards}`), `${file}: ${image}`).toBe(true);
      expect(fileForPath(dist, new URL(image).pathname, BASE), image).toBeDefined();
    }
  });

  it('gives the embed pages, their oEmbed documents and their framing rule the path', () => {
    const embeds = listPages(dist).filter((page) => isEmbedFile(page.file));
    expect(embeds.length).toBeGreaterThan(0);
    for (const { file, url } of embeds) {
      const slug = url.split('/')[2]!;
      expect(readBuilt(file, dist), file).toContain(`href="${SITE}${ROUTES.visual(slug)}"`);
      const oembed = JSON.parse(read(ROUTES.embedOembed(slug))) as { html: string };
      expect(oembed.html).toContain(`src="${SITE}${ROUTES.embed(slug)}"`);
      expect(read(ROUTES.visual(slug) + 'index.html')).toContain(
        `type="application/json+oembed" href="${SITE}${ROUTES.embedOembed(slug)}"`,
      );
    }
    expect(read('/_headers')).toMatch(
      new RegExp(`^${BASE}/${EMBED_FOLDER}/\\*\n  Content-Security-Policy: [^\n]*frame-ancestors \\*$`, 'm'),
    );
  });

  it('lists every page in the sitemap with the path, and robots.txt points at that sitemap', () => {
    const paths = readSitemapPaths(dist, BASE);
    expect(paths).toContain(ROUTES.theme('wonen'));
    for (const sitePath of paths) expect(fileForPath(dist, withBase(sitePath, BASE), BASE), sitePath).toBeDefined();
    expect(read(ROUTES.robots)).toContain(`Sitemap: ${SITE}${ROUTES.sitemap}\n`);
  });

  it('links the items of both feeds with the path', () => {
    for (const feed of [ROUTES.rss, ROUTES.followUpFeed]) {
      const [channel, ...links] = [...read(feed).matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]!);
      expect(channel?.replace(/\/$/, ''), feed).toBe(SITE);
      expect(links.length, feed).toBeGreaterThan(2);
      for (const link of links) {
        expect(link.startsWith(SITE), link).toBe(true);
        expect(fileForPath(dist, new URL(link).pathname, BASE), link).toBeDefined();
      }
    }
  });

  it('publishes card images, zips and pages in the gallery and its manifest with the path', () => {
    const gallery = read(`${ROUTES.cards}index.html`);
    expect(gallery).toContain(`href="${withBase(ROUTES.cardManifest, BASE)}"`);
    // Zips are made in the browser from the published PNGs (cards.storedZips stores them): the button fetches below the path.
    expect(gallery).toContain(`data-zip-map="${withBase(ROUTES.cards, BASE)}"`);
    const manifest = JSON.parse(read(ROUTES.cardManifest)) as { zip?: string; cards: { page: string; sizes: { url: string }[] }[] };
    // The default content stores no zips (cards.storedZips is off): the manifest names none to miss the path.
    expect(manifest.zip).toBeUndefined();
    expect(manifest.cards.length).toBeGreaterThan(0);
    for (const card of manifest.cards) {
      expect(card.page.startsWith(`${SITE}/`), card.page).toBe(true);
      for (const size of card.sizes) expect(fileForPath(dist, size.url, BASE), size.url).toBeDefined();
    }
  });

  it('writes the path into the headers files, security.txt, the open data package and the CMS', () => {
    const headers = read('_headers');
    expect(headers.split('\n')[1]).toBe(`${BASE}/*`);
    expect(headers).toContain(`${BASE}${ROUTES.admin}*`);
    expect(headers.split('\n').filter((line) => line.startsWith('/') && !line.startsWith(`${BASE}/`))).toEqual([]);
    expect(read('nginx-security.conf')).toContain(`~^${BASE}${ROUTES.admin}`);
    expect(read(ROUTES.securityTxt)).toContain(`Canonical: ${SITE}${ROUTES.securityTxt}`);
    expect(JSON.parse(read(ROUTES.dataPackage)).homepage).toBe(`${SITE}${ROUTES.openData}`);
    const cmsConfig = read(`${ROUTES.admin}config.yml`);
    expect(cmsConfig).toContain(`site_url: ${SITE}\n`);
    // Sveltia puts the preview path after the origin of site_url.
    expect(cmsConfig).toContain(`preview_path: ${withBase(ROUTES.story('{{slug}}'), BASE).slice(1)}\n`);
    expect(read(`${ROUTES.admin}index.html`)).toContain(`href="${withBase(ROUTES.favicon, BASE)}"`);
  });

  it('searches from /dialoog/zoeken/: the bundle loads from under the path and every result link works', async () => {
    const page = await site.browser.newPage();
    page.setDefaultTimeout(20_000);
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === new URL(site.url).origin && !url.pathname.startsWith(`${BASE}/`)) outside.push(url.pathname);
    });
    await page.goto(`${site.url}${ROUTES.search}`);
    const input = page.locator('pagefind-input input');
    await input.pressSequentially('wonen', { delay: 20 });
    await page.locator('pagefind-summary').filter({ hasText: 'wonen' }).waitFor();
    await page.locator('pagefind-results li').first().locator('.oogst-result__title a').waitFor();
    const links = await page
      .locator('pagefind-results .oogst-result__title a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) {
      expect(link.startsWith(`${BASE}/`), link).toBe(true);
      expect(fileForPath(dist, new URL(link, 'http://x').pathname, BASE), link).toBeDefined();
    }
    await page.locator('pagefind-results .oogst-result__title a').first().click();
    await page.waitForURL((url) => url.pathname !== `${BASE}${ROUTES.search}`);
    expect(new URL(page.url()).pathname.startsWith(`${BASE}/`)).toBe(true);
    expect(await page.locator('h1').count()).toBe(1);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('has no axe violations of WCAG 2.1 A/AA and nothing blocked by the CSP on a few pages', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(
      `${AXE}\nwindow.__oogstCsp = [];\ndocument.addEventListener('securitypolicyviolation', (event) => window.__oogstCsp.push(event.violatedDirective + ' ' + (event.blockedURI || 'inline')));`,
    );
    const problems: string[] = [];
    for (const sitePath of [ROUTES.home, ROUTES.theme('wonen'), ROUTES.search, ROUTES.cards, ROUTES.visuals]) {
      const response = await page.goto(site.url + sitePath, { waitUntil: 'load' });
      expect(response?.status(), sitePath).toBe(200);
      const result = (await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string }[] }> };
          }
        ).axe;
        const { violations } = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          resultTypes: ['violations'],
        });
        return {
          violations: violations.map((violation) => `${violation.id}: ${violation.help}`),
          csp: (window as unknown as { __oogstCsp: string[] }).__oogstCsp,
        };
      })) as { violations: string[]; csp: string[] };
      problems.push(
        ...result.violations.map((violation) => `${sitePath}: ${violation}`),
        ...result.csp.map((blocked) => `${sitePath}: CSP blokkeert ${blocked}`),
      );
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
