import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/t.ts';
import { buildSite, copyFixture, type BuildResult } from '../support/build-site.ts';
import { freshCacheWithCardsOf, sharedBuild } from '../support/shared-build.ts';

const DRAFT = 'verhaal-in-de-maak';
const DRAFT_TITLE = 'Een verhaal in de maak';

/** The minimal fixture with one more story, a draft. */
function contentWithDraft(): string {
  const dir = copyFixture('site-minimal');
  const published = readFileSync(path.join(dir, 'stories/boodschappen-voor-de-straat.mdx'), 'utf8');
  const draft = published.replace(/^title: .*$/m, `title: ${DRAFT_TITLE}`).replace(/^example: true$/m, 'example: true\ndraft: true');
  writeFileSync(path.join(dir, `stories/${DRAFT}.mdx`), draft);
  return dir;
}

/** Every text file of a built site, relative path → contents. */
function textFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(html|xml|json|txt|csv|js|ttl|jsonld|webmanifest)$/.test(name) || name === '_headers')
        files.set(path.relative(dir, file), readFileSync(file, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

const read = (build: BuildResult, file: string) => readFileSync(path.join(build.outDir, file), 'utf8');

describe('a preview build shows drafts; the published build never holds one', () => {
  let published: BuildResult;
  let preview: BuildResult;

  beforeAll(() => {
    const content = contentWithDraft();
    // Each build in a cache of its own that holds the fixture's share cards (the draft has none):
    // what these tests read is the same whether a card was drawn or taken from the cache.
    const fixture = sharedBuild('tests/fixtures/site-minimal');
    published = buildSite(content, { OOGST_CACHE_DIR: freshCacheWithCardsOf(fixture) });
    preview = buildSite(content, { OOGST_CACHE_DIR: freshCacheWithCardsOf(fixture) }, undefined, ['--mode', 'preview']);
  }, 600_000);

  it('leaves the draft out of every file of the published site', () => {
    expect(published.status, published.output).toBe(0);
    expect(existsSync(path.join(published.outDir, `verhalen/${DRAFT}`))).toBe(false);
    const mentions = [...textFiles(published.outDir)].filter(([, text]) => text.includes(DRAFT) || text.includes(DRAFT_TITLE));
    expect(mentions.map(([file]) => file)).toEqual([]);
    // The published site is for search engines.
    expect(read(published, 'robots.txt')).toContain('Allow: /');
    expect(read(published, '_headers')).not.toContain('X-Robots-Tag');
    expect(read(published, 'index.html')).not.toContain('name="robots"');
  });

  it('shows the draft in the preview, marked "Concept" on its page and in the list', () => {
    expect(preview.status, preview.output).toBe(0);
    const label = t('site.draftLabel');
    expect(label).toMatch(/^Concept/);
    const page = read(preview, `verhalen/${DRAFT}/index.html`);
    expect(page).toContain(DRAFT_TITLE);
    expect(page).toMatch(new RegExp(`class="oogst-draft"[^>]*>${label}<`));
    // In the list the mark sits in the draft's own card, above its title.
    expect(read(preview, 'verhalen/index.html')).toMatch(
      new RegExp(`class="oogst-draft"[^>]*>${label}<(?:(?!oogst-card").)*?${DRAFT_TITLE}`, 's'),
    );
  });

  it('keeps every page of the preview out of search engines: meta, header and robots.txt', () => {
    const pages = [...textFiles(preview.outDir)].filter(([file]) => file.endsWith('.html') && !file.startsWith('admin/'));
    expect(pages.length).toBeGreaterThan(20);
    for (const [file, html] of pages) expect(html, file).toMatch(/<meta name="robots" content="noindex"/);
    expect(read(preview, '_headers')).toMatch(/^\/\*\n {2}X-Robots-Tag: noindex$/m);
    expect(read(preview, 'nginx-security.conf')).toContain('add_header X-Robots-Tag "noindex" always;');
    expect(read(preview, 'robots.txt')).toBe('User-agent: *\nDisallow: /\n');
  });

  it('keeps the draft out of the preview’s sitemap, search index, feed and share cards', () => {
    const sitemap = read(preview, 'sitemap-0.xml');
    expect(sitemap).toContain('/verhalen/boodschappen-voor-de-straat/');
    expect(sitemap).not.toContain(DRAFT);
    const feed = read(preview, 'rss.xml');
    expect(feed).toContain('boodschappen-voor-de-straat');
    expect(feed).not.toContain(DRAFT);
    expect(read(preview, `verhalen/${DRAFT}/index.html`)).not.toContain('data-pagefind-body');
    expect(read(preview, 'verhalen/boodschappen-voor-de-straat/index.html')).toContain('data-pagefind-body');
    // Not shared yet: the draft's page names the site's card, which exists, not a card of its own.
    const card = /<meta property="og:image" content="https?:\/\/[^/]+([^"]+)"/.exec(read(preview, `verhalen/${DRAFT}/index.html`))?.[1];
    expect(card).toBeDefined();
    expect(card).not.toContain(DRAFT);
    expect(existsSync(path.join(preview.outDir, card ?? ''))).toBe(true);
  });
});
