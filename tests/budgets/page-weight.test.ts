import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, assertBuilt, listPages, listSiteFiles, readBuilt } from '../support/dist.ts';
import {
  compressed,
  coversAny,
  fontFacesOf,
  inlineStylesOf,
  isLatinOnly,
  preloadedFontsOf,
  scriptsOf,
  stylesheetsOf,
  textCodePoints,
  type FontFace,
} from './weight.ts';
import { EMBED_FOLDER, ROUTES } from '../../src/data/routes.ts';
import { publishedSlugs } from '../support/default-content.ts';

/** Page-weight budgets of issue #9, in bytes after compression (gzip, the larger of gzip and brotli for text). */
const BUDGET = {
  storyHtml: 20 * 1024,
  storyCss: 15 * 1024,
  fontFile: 40 * 1024,
  storyFirstVisit: 100 * 1024,
};
/**
 * Pages that may load JavaScript: search needs Pagefind, the gallery copies captions, the chart
 * pages copy embed codes, and each embed page tells its host how tall it is.
 */
const SCRIPT_PAGES = new Set<string>([ROUTES.search, ROUTES.cards]);
const mayHaveScripts = (url: string) => SCRIPT_PAGES.has(url) || url.startsWith(ROUTES.visuals) || url.startsWith(`/${EMBED_FOLDER}/`);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const built = (url: string) => readFileSync(path.join(DIST, url.replace(/^\//, '').split('?')[0]!));
/** Shared files (CSS, scripts, SVG) are the same on every page: compress each once. */
const gzipOfFile = new Map<string, number>();
const gzipOf = (url: string) => gzipOfFile.get(url) ?? gzipOfFile.set(url, compressed(built(url)).gzip).get(url)!;

/** The page of every story the default content publishes. */
function storyPages(): { file: string; url: string; html: string }[] {
  return publishedSlugs('stories').map((slug) => {
    const url = ROUTES.story(slug);
    const file = `${url.slice(1)}index.html`;
    return { file, url, html: readBuilt(file) };
  });
}

/** Linked and inline CSS of a page. */
function cssOf(html: string): { url: string; text: string; gzip: number }[] {
  return [
    ...stylesheetsOf(html).map((url) => ({ url, text: built(url).toString('utf8'), gzip: gzipOf(url) })),
    ...inlineStylesOf(html).map((text) => ({ url: '(inline)', text, gzip: compressed(text).gzip })),
  ];
}

/** The file a browser fetches for a face: the WOFF2 when there is one. */
const fileOfFace = (face: FontFace) => face.files.find((file) => file.endsWith('.woff2')) ?? face.files[0]!;

/** What a first visit to a page downloads without its hero image, compressed. */
function firstVisit(html: string): { html: number; css: number; fonts: number; js: number; images: number; fontFiles: string[] } {
  const css = cssOf(html);
  const text = textCodePoints(html);
  const fontFiles = new Set([
    ...preloadedFontsOf(html),
    ...css.flatMap(({ text: sheet }) =>
      fontFacesOf(sheet)
        .filter((face) => coversAny(face, text))
        .map(fileOfFace),
    ),
  ]);
  const scripts = scriptsOf(html);
  const images = [...html.matchAll(/<img\b[^>]*>/gi)].map(([tag]) => tag).filter((tag) => !/class="[^"]*hero/.test(tag));
  const imageBytes = images
    .map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1])
    .filter((src): src is string => !!src && src.startsWith('/') && existsSync(path.join(DIST, src)))
    .reduce((sum, src) => sum + (src.endsWith('.svg') ? gzipOf(src) : built(src).length), 0);
  return {
    html: gzipSync(html, { level: 9 }).length,
    css: css.reduce((sum, sheet) => sum + sheet.gzip, 0),
    fonts: [...fontFiles].reduce((sum, file) => sum + built(file).length, 0),
    js: scripts.reduce((sum, script) => sum + (script.src ? gzipOf(script.src) : 0), 0),
    images: imageBytes,
    fontFiles: [...fontFiles],
  };
}

describe('page weight of the built site', () => {
  let stories: ReturnType<typeof storyPages>;
  beforeAll(() => {
    assertBuilt();
    stories = storyPages();
  });

  it('has story pages to measure, each described as an Article', () => {
    expect(stories.length).toBeGreaterThan(0);
    expect(stories.filter(({ html }) => !/"@type":\s*"Article"/.test(html)).map(({ url }) => url)).toEqual([]);
  });

  it(`keeps the HTML of every story page under ${kb(BUDGET.storyHtml)} compressed`, () => {
    const sizes = stories.map(({ url, html }) => ({ url, ...compressed(html) }));
    const largest = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    console.log(`verhaal-HTML, grootste: ${largest.url} ${kb(largest.gzip)} gzip, ${kb(largest.brotli)} brotli`);
    expect(sizes.filter(({ gzip, brotli }) => Math.max(gzip, brotli) > BUDGET.storyHtml)).toEqual([]);
  });

  it(`keeps the CSS a story page uses under ${kb(BUDGET.storyCss)} compressed`, () => {
    const sizes = stories.map(({ url, html }) => ({ url, css: cssOf(html).reduce((sum, sheet) => sum + sheet.gzip, 0) }));
    console.log(`verhaal-CSS: ${kb(Math.max(...sizes.map(({ css }) => css)))} gzip`);
    expect(sizes.filter(({ css }) => css > BUDGET.storyCss)).toEqual([]);
  });

  it('loads no JavaScript on content pages; only search, the card gallery, the chart pages and the embed pages may', () => {
    const withScripts = listPages()
      .filter(({ url }) => !mayHaveScripts(url))
      .map(({ url, file }) => ({ url, scripts: scriptsOf(readBuilt(file)) }))
      .filter(({ scripts }) => scripts.length > 0)
      .map(({ url, scripts }) => `${url}: ${scripts.map((script) => script.src ?? `inline ${script.type ?? 'script'}`).join(', ')}`);
    expect(withScripts).toEqual([]);
  });

  it(`ships fonts only as Latin subsets of at most ${kb(BUDGET.fontFile)} per file`, () => {
    const sheets = listSiteFiles(DIST).filter((file) => file.endsWith('.css') && !file.startsWith('pagefind'));
    const faces = sheets.flatMap((file) => fontFacesOf(readBuilt(file)).map((face) => ({ file, face })));
    const problems = faces.flatMap(({ file, face }) => {
      const font = fileOfFace(face);
      const found: string[] = [];
      if (!face.ranges) found.push(`${font} (${file}): @font-face zonder unicode-range, dus wordt hij voor elk teken geladen`);
      else if (!isLatinOnly(face.ranges)) found.push(`${font} (${file}): unicode-range gaat buiten Latijn en Latijn-uitgebreid`);
      if (!font.endsWith('.woff2')) found.push(`${font} (${file}): geen WOFF2`);
      else if (built(font).length > BUDGET.fontFile) found.push(`${font}: ${kb(built(font).length)}`);
      return found;
    });
    const fontFiles = listSiteFiles(DIST).filter((file) => /\.(woff2?|ttf|otf)$/.test(file) && !file.startsWith('pagefind'));
    console.log(
      `lettertypen: ${fontFiles.map((file) => `${path.basename(file)} ${kb(readFileSync(path.join(DIST, file)).length)}`).join(', ')}`,
    );
    expect(problems).toEqual([]);
  });

  it(`keeps the first visit of a story page, without its photo, under ${kb(BUDGET.storyFirstVisit)}`, () => {
    const visits = stories.map(({ url, html }) => ({ url, ...firstVisit(html) }));
    const total = (visit: (typeof visits)[number]) => visit.html + visit.css + visit.fonts + visit.js + visit.images;
    const heaviest = visits.reduce((a, b) => (total(b) > total(a) ? b : a));
    console.log(
      `eerste bezoek ${heaviest.url}: ${kb(total(heaviest))} = HTML ${kb(heaviest.html)} + CSS ${kb(heaviest.css)} + fonts ${kb(heaviest.fonts)} (${heaviest.fontFiles.map((file) => path.basename(file)).join(', ')}) + JS ${kb(heaviest.js)} + andere beelden ${kb(heaviest.images)}`,
    );
    expect(visits.filter((visit) => total(visit) > BUDGET.storyFirstVisit).map(({ url }) => url)).toEqual([]);
  });
});

describe('page weight of the follow-up pages', () => {
  // A follow-up page is an article like a story, with a timeline instead of a photo: the same budgets hold.
  // Every page below the follow-ups' folder: the overview, each follow-up and the lists by status and theme.
  const followUpPages = () =>
    listPages()
      .filter(({ url }) => url.startsWith(ROUTES.followUps))
      .map((page) => ({ ...page, html: readBuilt(page.file) }));
  beforeAll(() => assertBuilt());

  it(`keeps the HTML, the CSS and the first visit of every follow-up page under the story budgets`, () => {
    const pages = followUpPages();
    const expected = [ROUTES.followUps, ...publishedSlugs('followups').map((slug) => ROUTES.followUp(slug))];
    expect(pages.map(({ url }) => url)).toEqual(expect.arrayContaining(expected));
    const over = pages.flatMap(({ url, html }) => {
      const { gzip, brotli } = compressed(html);
      const visit = firstVisit(html);
      const total = visit.html + visit.css + visit.fonts + visit.js + visit.images;
      return [
        ...(Math.max(gzip, brotli) > BUDGET.storyHtml ? [`${url}: HTML ${kb(Math.max(gzip, brotli))}`] : []),
        ...(visit.css > BUDGET.storyCss ? [`${url}: CSS ${kb(visit.css)}`] : []),
        ...(total > BUDGET.storyFirstVisit ? [`${url}: eerste bezoek ${kb(total)}`] : []),
      ];
    });
    const overview = pages.find(({ url }) => url === ROUTES.followUps)!;
    console.log(`opvolging-overzicht: HTML ${kb(compressed(overview.html).gzip)} gzip`);
    expect(over).toEqual([]);
  });
});
