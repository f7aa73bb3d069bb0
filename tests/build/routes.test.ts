import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveBuildSettings } from '../../src/config/build-context.ts';
import { routeIdsOf } from '../../src/check/routes.ts';
import { HTML_PAGE_KINDS, listRoutes, pageKindOf } from '../../src/data/page-kinds.ts';
import { readContentModel } from '../../src/model/content-model.ts';
import { isEmbedFile } from '../../src/embed/embed-folder.ts';
import { DEFAULT_CONTENT } from '../support/default-content.ts';
import { assertBuilt, DIST, listFiles, listPages, listSiteFiles, readBuilt } from '../support/dist.ts';

/**
 * Checks the built site (dist/) page by page: every route type exists, and every page says
 * who it is (title, description, canonical, share image), has one h1, is Dutch and ships
 * no script files. Reads HTML with small regular expressions: the markup is our own output.
 */

interface BuiltPage {
  file: string;
  url: string;
  html: string;
  head: string;
}

/** The ids of the default content that pages are made for, as the check reads them. */
const ROUTE_IDS = routeIdsOf(readContentModel(DEFAULT_CONTENT));

/**
 * The kinds of page of the registry (src/data/page-kinds.ts) that the default site's content makes
 * pages of; numbered list pages and a card kind's own gallery pages exist only for larger sites,
 * and the registry lists no paths for them.
 */
const ROUTE_TYPES = HTML_PAGE_KINDS.filter((kind) => kind.paths(ROUTE_IDS).length > 0);

/**
 * Pages whose job needs client JavaScript (search, the card gallery's downloads, the chart pages'
 * buttons that copy embed codes); every other page sends none.
 */
const PAGES_WITH_SCRIPTS = [/^\/zoeken\//, /^\/deelkaarten\//, /^\/cijfers\//];

/** Attributes of one tag, e.g. `<meta property="og:image" content="…">`. */
function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const name = match[1];
    if (name) attributes[name.toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Content of `<meta name|property="key">`, or undefined. */
function metaContent(head: string, key: string): string | undefined {
  for (const tag of head.match(/<meta\s[^>]*>/g) ?? []) {
    const attributes = attributesOf(tag.slice(5));
    if (attributes.name === key || attributes.property === key) return attributes.content;
  }
  return undefined;
}

function canonicalOf(head: string): string | undefined {
  const tag = (head.match(/<link\s[^>]*>/g) ?? []).find((link) => attributesOf(link.slice(5)).rel === 'canonical');
  return tag ? attributesOf(tag.slice(5)).href : undefined;
}

function titleOf(head: string): string | undefined {
  return head.match(/<title>([^<]*)<\/title>/)?.[1];
}

/** Only noindex pages (the 404 page) have no canonical: they are not a place anyone should link to. */
function isNoindex(head: string): boolean {
  return (metaContent(head, 'robots') ?? '').includes('noindex');
}

let pages: BuiltPage[] = [];

beforeAll(() => {
  assertBuilt();
  // Embed pages are made for other sites' frames: no chrome, skip link or share card; tests/embed/ checks them.
  pages = listPages()
    .filter(({ file }) => !isEmbedFile(file))
    .map(({ file, url }) => {
      const html = readBuilt(file);
      return { file, url, html, head: html.slice(0, html.indexOf('</head>')) };
    });
});

describe('the built site', () => {
  it('expects pages of every kind of the registry but numbered lists and own gallery pages', () => {
    expect(ROUTE_TYPES.map((kind) => kind.name).toSorted()).toEqual(
      HTML_PAGE_KINDS.map((kind) => kind.name)
        .filter((name) => !['stories page', 'card gallery', 'card gallery page'].includes(name))
        .toSorted(),
    );
  });

  it.each(ROUTE_TYPES)('has at least one page of type $name', (kind) => {
    expect(pages.filter((page) => pageKindOf(page.url) === kind).length).toBeGreaterThan(0);
  });

  it('publishes no page of a kind the registry does not know', () => {
    expect(pages.filter((page) => pageKindOf(page.url)?.html !== true).map((page) => page.url)).toEqual([]);
  });

  it('builds exactly the addresses the check accepts as links, of every kind whose paths content decides', () => {
    const routes = listRoutes(ROUTE_IDS);
    const fileOf = (route: string) => (route.endsWith('/') ? `${route.slice(1)}index.html` : route.slice(1));
    expect([...routes].filter((route) => !existsSync(path.join(DIST, fileOf(route))))).toEqual([]);
    // Kinds the registry lists paths for; the others (pages of long lists, the cards) content does not link to.
    const listed = (route: string) => (pageKindOf(route)?.paths(ROUTE_IDS).length ?? 0) > 0;
    const built = listSiteFiles().map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
    expect(built.filter(listed).length).toBeGreaterThan(50);
    expect(built.filter((route) => listed(route) && !routes.has(route))).toEqual([]);
  });

  it('gives every page a title, a description and Dutch as its language', () => {
    const problems = pages.flatMap(({ url, html, head }) => {
      const found: string[] = [];
      if (!(titleOf(head) ?? '').trim()) found.push('geen <title>');
      if (!(metaContent(head, 'description') ?? '').trim()) found.push('geen meta description');
      if (!/<html[^>]*\slang="nl"/.test(html)) found.push('geen lang="nl" op <html>');
      return found.map((problem) => `${url}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  it('gives every indexable page an absolute canonical URL equal to its own address', () => {
    const siteUrl = resolveBuildSettings().siteUrl;
    const problems = pages.flatMap(({ url, head }) => {
      const canonical = canonicalOf(head);
      if (isNoindex(head)) return canonical ? [`${url}: noindex-pagina met canonical ${canonical}`] : [];
      if (!canonical) return [`${url}: geen canonical`];
      return canonical === `${siteUrl}${url}` ? [] : [`${url}: canonical is ${canonical}, verwacht ${siteUrl}${url}`];
    });
    expect(problems).toEqual([]);
  });

  // Every page has a share card (src/cards/), and with it the full set: image, size and alt text.
  it('sets og:image with width, height and alt text on every page', () => {
    expect(pages.length).toBeGreaterThan(0);
    const problems = pages.flatMap(({ url, head }) => {
      const image = metaContent(head, 'og:image');
      const found: string[] = [];
      if (!image || !/^https?:\/\//.test(image)) found.push(`og:image ontbreekt of is niet absoluut (${image ?? 'leeg'})`);
      if (!/^\d+$/.test(metaContent(head, 'og:image:width') ?? '')) found.push('og:image:width ontbreekt');
      if (!/^\d+$/.test(metaContent(head, 'og:image:height') ?? '')) found.push('og:image:height ontbreekt');
      if (!(metaContent(head, 'og:image:alt') ?? '').trim()) found.push('og:image:alt ontbreekt');
      return found.map((problem) => `${url}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  it('has exactly one h1 on every page', () => {
    const problems = pages
      .map(({ url, html }) => ({ url, count: (html.match(/<h1[\s>]/g) ?? []).length }))
      .filter(({ count }) => count !== 1)
      .map(({ url, count }) => `${url}: ${count} h1-koppen`);
    expect(problems).toEqual([]);
  });

  it('sends no JavaScript with content pages', () => {
    const problems = pages
      .filter(({ url }) => !PAGES_WITH_SCRIPTS.some((pattern) => pattern.test(url)))
      .filter(({ html }) => /<script\b[^>]*\ssrc=/i.test(html) || /<script\b(?![^>]*type="application\/ld\+json")[^>]*>/i.test(html))
      .map(({ url }) => url);
    expect(problems).toEqual([]);
  });

  it('has a skip link to the main landmark on every page', () => {
    const problems = pages
      .filter(({ html }) => !/<a class="oogst-skip-link" href="#inhoud">/.test(html) || !/<main id="inhoud"/.test(html))
      .map(({ url }) => url);
    expect(problems).toEqual([]);
  });

  it('gives every image a width and a height, so nothing jumps while the page loads', () => {
    const problems = pages.flatMap(({ url, html }) =>
      (html.match(/<img\s[^>]*>/g) ?? [])
        .map((tag) => attributesOf(tag.slice(4)))
        .filter((image) => !/^\d+$/.test(image.width ?? '') || !/^\d+$/.test(image.height ?? ''))
        .map((image) => `${url}: <img src="${image.src}"> zonder width/height`),
    );
    expect(problems).toEqual([]);
  });

  it('preloads only font files that exist and that the stylesheet really uses', () => {
    const css = listFiles(DIST)
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(path.join(DIST, file), 'utf8'))
      .join('\n');
    const fontFaces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
    const home = pages.find((page) => page.url === '/');
    const preloads = (home?.head.match(/<link\s[^>]*>/g) ?? [])
      .map((tag) => attributesOf(tag.slice(5)))
      .filter((link) => link.rel === 'preload' && link.as === 'font');
    expect(preloads.length).toBeGreaterThan(0);
    for (const preload of preloads) {
      const href = preload.href ?? '';
      expect(existsSync(path.join(DIST, href)), `${href} bestaat niet in dist/`).toBe(true);
      expect(
        fontFaces.some((face) => face.includes(href)),
        `${href} staat in geen @font-face`,
      ).toBe(true);
      expect(preload.type).toBe('font/woff2');
      expect('crossorigin' in preload).toBe(true);
    }
  });
});
