import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/integrations/security/csp.ts';
import { EMBED_FOLDER, ROUTES } from '../../src/data/routes.ts';
import { assertBuilt, DIST, listPages, readBuilt } from '../support/dist.ts';
import { measureEmbedWeight } from '../../scripts/bench/embed-weight.ts';
import { embedPages, siteBaseUrl } from './embed-pages.ts';

/** Issue 29's limit for one embed page, everything it loads included, compressed. */
const EMBED_BUDGET = 30 * 1024;

/** Chart pages of the built site: /cijfers/<slug>/. */
const chartPages = () => listPages().filter(({ url }) => /^\/cijfers\/[^/]+\/$/.test(url));

let embeds: { slug: string; file: string; html: string }[];
beforeAll(() => {
  assertBuilt();
  embeds = embedPages().map((page) => ({ ...page, html: readBuilt(page.file) }));
});

describe('the embed pages of the built site', () => {
  it('exist for every chart of the site, each with its oEmbed document', () => {
    const charts = chartPages().map(({ url }) => url.split('/')[2]);
    expect(charts.length).toBeGreaterThan(3);
    expect(embeds.map((embed) => embed.slug)).toEqual([...charts].sort());
    for (const { slug } of embeds) expect(existsSync(path.join(DIST, ROUTES.embedOembed(slug).slice(1))), slug).toBe(true);
  });

  it('carry no site chrome, stay out of search engines and the search index, and load nothing but themselves', () => {
    for (const { slug, html } of embeds) {
      expect(html, slug).toContain('<meta name="robots" content="noindex">');
      expect(html, slug).not.toMatch(/<header|<nav|<footer|data-pagefind-body|rel="canonical"/);
      // One file: no style sheet, script, image or font to fetch, so a sandboxed frame needs no CORS.
      expect(html, slug).not.toMatch(/<link\b[^>]*rel="(stylesheet|preload)"|<script\b[^>]*\ssrc=|<img\b/);
      expect(html.match(/<script\b/g)?.length, slug).toBe(1);
    }
  });

  it(`weigh at most ${EMBED_BUDGET / 1024} KB gzip each`, () => {
    const sizes = embeds.map(({ slug, html }) => ({ slug, gzip: gzipSync(html, { level: 9 }).length }));
    console.log(`insluitpagina's: ${sizes.map(({ slug, gzip }) => `${slug} ${(gzip / 1024).toFixed(1)} KB`).join(', ')}`);
    expect(sizes.filter(({ gzip }) => gzip > EMBED_BUDGET)).toEqual([]);
  });

  it('show title, both chart layouts, caption and source, the table in a disclosure, licence and a link back', () => {
    for (const { slug, html } of embeds) {
      const chartPage = readBuilt(`${ROUTES.visual(slug).slice(1)}index.html`);
      const title = /<h1>([^<]+)<\/h1>/.exec(chartPage)?.[1];
      expect(html, slug).toContain(`<h1>${title}</h1>`);
      expect(html.match(/<svg\b[^>]*role="img"/g)?.length, slug).toBe(2);
      expect(html, slug).toMatch(/<figcaption>[\s\S]*Bron: [\s\S]*<\/figcaption>/);
      expect(html, slug).toMatch(/<details>\s*<summary>[^<]+<\/summary>[\s\S]*<table>[\s\S]*<th scope="col"/);
      expect(html, slug).toContain(`href="${siteBaseUrl()}${ROUTES.visual(slug)}"`);
      expect(html, slug).toMatch(/Licentie van de cijfers: <a href="https:\/\/[^"]+"/);
      // An example chart says so here too, as it does on the site.
      expect(html.includes('class="oe-example"'), slug).toBe(chartPage.includes('oogst-visual__example'));
    }
  });

  it('are in neither the sitemap nor the card gallery', () => {
    const sitemap = readBuilt('sitemap-0.xml');
    expect(sitemap).toContain(ROUTES.visual(embeds[0]!.slug));
    expect(sitemap).not.toContain(`/${EMBED_FOLDER}/`);
    expect(readBuilt(ROUTES.cardManifest.slice(1))).not.toContain(`/${EMBED_FOLDER}/`);
  });
});

describe('oEmbed and the embed codes on the chart pages', () => {
  it('names an oEmbed document on every chart page, a rich type whose iframe frames the embed page', () => {
    for (const { url, file } of chartPages()) {
      const slug = url.split('/')[2]!;
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(readBuilt(file))?.[1];
      expect(link, url).toBe(`${siteBaseUrl()}${ROUTES.embedOembed(slug)}`);
      const oembed = JSON.parse(readBuilt(ROUTES.embedOembed(slug).slice(1))) as Record<string, unknown>;
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_url: siteBaseUrl() });
      expect(oembed.html).toMatch(new RegExp(`^<iframe src="${siteBaseUrl()}${ROUTES.embed(slug)}" title="[^"]+"`));
      expect(oembed.width).toBe(720);
      expect(oembed.height).toBeGreaterThan(200);
      expect(existsSync(path.join(DIST, new URL(String(oembed.thumbnail_url)).pathname))).toBe(true);
    }
  });

  it('shows "Insluiten" under every chart on every page, with the iframe code and an image code of an existing PNG', () => {
    let charts = 0;
    for (const { url, file } of listPages().filter(({ file }) => !file.startsWith(`${EMBED_FOLDER}/`))) {
      const html = readBuilt(file);
      const figures = html.match(/<div class="oogst-visual" id="grafiek-/g)?.length ?? 0;
      const blocks = [...html.matchAll(/<details class="oogst-embed[^"]*" data-pagefind-ignore>([\s\S]*?)<\/details>/g)].map((m) => m[1]!);
      expect(blocks.length, url).toBe(figures);
      charts += figures;
      for (const block of blocks) {
        const [frame, image] = [...block.matchAll(/<textarea[^>]*>([^<]*)<\/textarea>/g)].map((m) => decodeEntities(m[1]!));
        expect(frame, url).toMatch(new RegExp(`^<iframe src="${siteBaseUrl()}/${EMBED_FOLDER}/[^"]+/" title="Grafiek: `));
        const png = /<img src="([^"]+)" alt="([^"]+)"/.exec(image ?? '');
        expect(png?.[2], url).toBeTruthy();
        expect(existsSync(path.join(DIST, new URL(png?.[1] ?? 'x:/').pathname)), url).toBe(true);
      }
    }
    expect(charts).toBeGreaterThan(embeds.length);
  });

  it('labels the codes of an example chart as an example, in the frame title and the image alt text', () => {
    const example = embeds.find(({ html }) => html.includes('class="oe-example"'));
    expect(example).toBeDefined();
    const oembed = JSON.parse(readFileSync(path.join(DIST, ROUTES.embedOembed(example!.slug).slice(1)), 'utf8')) as {
      title: string;
      html: string;
    };
    expect(oembed.title).toMatch(/^Voorbeeld: /);
    expect(oembed.html).toMatch(/title="Grafiek: Voorbeeld: [^"]+"/);
    const chartPage = readBuilt(`${ROUTES.visual(example!.slug).slice(1)}index.html`);
    expect(decodeEntities(chartPage)).toMatch(/alt="Voorbeeld: /);
  });
});

describe("the bench's measure of the embed pages", () => {
  it('finds every embed page of the built site and its largest', () => {
    const weight = measureEmbedWeight(DIST);
    expect(weight?.pages).toBe(embeds.length);
    const largest = Math.max(...embeds.map(({ html }) => gzipSync(html, { level: 9 }).length));
    expect(weight?.largestGzip).toBe(largest);
  });
});
