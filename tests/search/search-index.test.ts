import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { findIdeas, groupIdeas } from '../../src/search/idea-records.ts';
import { ROUTES } from '../../src/data/routes.ts';
import { publishedSlugs } from '../support/default-content.ts';
import { DIST, assertBuilt, listPages, readBuilt } from '../support/dist.ts';

const BUNDLE = path.join(DIST, 'pagefind');

/** Pagefind's index files are gzipped CBOR; their strings are readable once unzipped. */
function readIndexFile(file: string): string {
  return gunzipSync(readFileSync(path.join(BUNDLE, file))).toString('utf8');
}

describe('the search index of the built site', () => {
  beforeAll(() => assertBuilt());

  it('is written by every build, in Dutch only, with one record per indexed page and per group of ideas', () => {
    const entry = JSON.parse(readFileSync(path.join(BUNDLE, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['nl']);
    const pages = listPages().filter(({ file }) => readBuilt(file).includes('data-pagefind-body'));
    const ideas = pages.map(({ file, url }) => ({ url, ideas: findIdeas(readBuilt(file)) }));
    const ideaCount = ideas.reduce((count, page) => count + page.ideas.length, 0);
    const groups = ideas.reduce((count, page) => count + groupIdeas(page.ideas, page.url).length, 0);
    expect(pages.length).toBeGreaterThan(0);
    expect(ideaCount).toBeGreaterThan(0);
    // Ideas of the same kind from tables of the same track and region share a record.
    expect(groups).toBeLessThan(ideaCount);
    expect(entry.languages.nl?.page_count).toBe(pages.length + groups);
    console.log(
      `zoekindex: ${pages.length} pagina's + ${ideaCount} ideeën in ${groups} groepen = ${entry.languages.nl?.page_count} records`,
    );
  });

  it('offers the type, theme and kind filters, and track and region where stories exist', () => {
    const meta = readIndexFile(readdirSync(BUNDLE).find((file) => file.endsWith('.pf_meta'))!);
    for (const filter of ['type', 'thema', 'soort']) expect(meta).toContain(filter);
    // The default content has stories, so track and region must be there.
    const story = ROUTES.story(publishedSlugs('stories')[0]!);
    expect(readBuilt(`${story.slice(1)}index.html`)).toContain('data-pagefind-body');
    for (const filter of ['spoor', 'regio']) expect(meta).toContain(filter);
    const filters = readdirSync(path.join(BUNDLE, 'filter'))
      .map((file) => readIndexFile(path.join('filter', file)))
      .join('\n');
    for (const type of ['Thema', 'Inzicht', 'Verhaal', 'Hoofdstuk', 'Vraag', 'Uit de dialoogtafels']) expect(filters).toContain(type);
  });

  it('indexes follow-ups with their status as a filter', () => {
    const followUp = ROUTES.followUp(publishedSlugs('followups')[0]!);
    const status = /data-pagefind-filter="status:([^"]+)"/.exec(readBuilt(`${followUp.slice(1)}index.html`))?.[1];
    expect(status).toBeTruthy();
    const filters = readdirSync(path.join(BUNDLE, 'filter'))
      .map((file) => readIndexFile(path.join('filter', file)))
      .join('\n');
    expect(filters).toContain('Opvolging');
    expect(filters).toContain(status!);
    const meta = readIndexFile(readdirSync(BUNDLE).find((file) => file.endsWith('.pf_meta'))!);
    expect(meta).toContain('status');
  });

  it('files ideas under the track and region of their table as well', () => {
    const theme = listPages().find(({ file }) => readBuilt(file).includes('data-idea-kind='))!;
    const idea = /<li id="idee-[^"]+"[^>]*>/.exec(readBuilt(theme.file))![0];
    expect(idea).toMatch(/data-idea-track="[^"]+"/);
    expect(idea).toMatch(/data-idea-region="[^"]+"/);
  });

  it('indexes only the main content: the layout marks one region per page and the chrome stays outside it', () => {
    const theme = listPages().find(({ url }) => url.startsWith('/themas/') && url !== '/themas/')!;
    const html = readBuilt(theme.file);
    expect(html.match(/data-pagefind-body/g)).toHaveLength(1);
    const body = html.slice(html.indexOf('data-pagefind-body'));
    expect(body).not.toContain('oogst-header');
    expect(html.slice(html.indexOf('oogst-share'))).toMatch(/^oogst-share"[^>]*data-pagefind-ignore/);
  });

  it('leaves indexed content pages free of JavaScript: only /zoeken/ loads the search', () => {
    const scriptsOf = (html: string) => (html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !tag.includes('application/ld+json'));
    const indexed = listPages()
      .map(({ file, url }) => ({ url, html: readBuilt(file) }))
      .filter(({ html }) => html.includes('data-pagefind-body'));
    expect(indexed.length).toBeGreaterThan(0);
    // The chart pages have one small inline script of their own, for the embed codes' copy buttons.
    for (const { url, html } of indexed)
      expect(scriptsOf(html), url).toEqual(url.startsWith(ROUTES.visuals) ? ['<script type="module">'] : []);
    const [script, ...others] = scriptsOf(readBuilt('zoeken/index.html')).filter((tag) => !tag.includes('text/pagefind-template'));
    expect(others).toEqual([]);
    // One module of Astro's: the page's glue with Pagefind's component UI, slimmed to Dutch and the page's components.
    const bundled = readFileSync(path.join(DIST, /src="\/([^"]+)"/.exec(script!)![1]!), 'utf8');
    expect(bundled).toContain('pagefind-filter-pane');
    expect(bundled).toContain('Meer resultaten laden');
    expect(bundled).not.toContain('pagefind-modal');
    expect(bundled).not.toContain('Load more results');
  });

  it('explains without JavaScript how to browse instead, with links to the overviews', () => {
    const html = readBuilt('zoeken/index.html');
    const noscript = html.slice(html.indexOf('<noscript>'), html.indexOf('</noscript>'));
    for (const overview of ['/themas/', '/inzichten/', '/verhalen/', '/eindproduct/']) expect(noscript).toContain(`href="${overview}"`);
    expect(existsSync(path.join(BUNDLE, 'pagefind.js'))).toBe(true);
  });
});
