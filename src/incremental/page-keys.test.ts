import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Harvest } from '../data/harvest-model.ts';
import { pageKindNamed } from '../data/page-kinds.ts';
import { replaceOutputUrls } from '../integrations/stable-assets-module.ts';
import { canonicalJson, entryDigest, folderDigest } from './digest.ts';
import { harvestDigests, pageCacheKey } from './page-keys.ts';

const entry = (collection: string, id: string, data: Record<string, unknown>, body = '') => ({ collection, id, data, body });
const story = (id: string, title: string) => entry('stories', id, { title, date: new Date('2021-03-04'), themes: ['wonen'] }, 'Tekst.');

/** A harvest with the collections the digests read; the rest empty. */
function harvestOf(stories: readonly unknown[], themeTitle = 'Wonen'): Harvest {
  const empty: never[] = [];
  return {
    site: { name: 'Testdialoog' },
    themes: [entry('themes', 'wonen', { title: themeTitle })],
    insights: empty,
    stories,
    chapters: empty,
    visuals: empty,
    faq: empty,
    pages: empty,
    sources: empty,
    tables: empty,
    ideas: [entry('ideas', '1', { text: 'Een idee', theme: 'wonen' })],
    followups: empty,
  } as unknown as Harvest;
}

function contentFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oogst-keys-'));
  mkdirSync(path.join(dir, 'stories'));
  writeFileSync(path.join(dir, 'site.yaml'), 'name: Testdialoog\n');
  writeFileSync(path.join(dir, 'stories/a.mdx'), '---\ntitle: A\n---\n');
  return dir;
}

const context = (contentDir: string, buildDate = new Date('2021-06-01')) => ({
  contentDir,
  buildDate,
  showDrafts: false,
  skipCards: false,
});

describe('cache keys of pages', () => {
  const contentDir = contentFolder();
  const before = harvestOf([story('a', 'Eerste'), story('b', 'Tweede')]);
  const after = harvestOf([story('a', 'Eerste, herschreven'), story('b', 'Tweede')]);
  const keyOf = (kindName: string, harvest: Harvest, props: Record<string, unknown>, params = { slug: 'x' }) =>
    pageCacheKey(pageKindNamed(kindName), harvestDigests(harvest, context(contentDir)), { params, props });

  it('change for a page whose props hold the edited story, and for pages that may show any story', () => {
    expect(keyOf('story', after, { story: after.stories[0] })).not.toBe(keyOf('story', before, { story: before.stories[0] }));
    expect(keyOf('insight', after, {})).not.toBe(keyOf('insight', before, {}));
  });

  it('stay the same for a page whose props hold only other stories', () => {
    expect(keyOf('story', after, { story: after.stories[1] })).toBe(keyOf('story', before, { story: before.stories[1] }));
    expect(keyOf('stories page', after, { page: { data: [after.stories[1]], currentPage: 2 } })).toBe(
      keyOf('stories page', before, { page: { data: [before.stories[1]], currentPage: 2 } }),
    );
  });

  it('change everywhere when a small collection (shown in menus and lists) changes', () => {
    const renamed = harvestOf(before.stories, 'Wonen en buurt');
    expect(keyOf('story', renamed, { story: renamed.stories[1] })).not.toBe(keyOf('story', before, { story: before.stories[1] }));
  });

  it('change with a content file a module reads itself, but not with a story file (its entry counts)', () => {
    const dir = contentFolder();
    const digestNow = () => harvestDigests(harvestOf(before.stories), context(dir)).site;
    const first = digestNow();
    writeFileSync(path.join(dir, 'stories/a.mdx'), '---\ntitle: B\n---\n');
    expect(digestNow()).toBe(first);
    writeFileSync(path.join(dir, 'grafiek.csv'), 'a,b\n1,2\n');
    expect(digestNow()).not.toBe(first);
    expect(folderDigest(dir, () => false)).not.toBe(folderDigest(dir, (file) => file === 'grafiek.csv'));
  });

  it('follow the build date only where it closes the dialogue, the one thing pages show of it', () => {
    const site = { name: 'Testdialoog', closedOn: new Date('2021-10-01') };
    const on = (date: string) => harvestDigests({ ...before, site } as Harvest, context(contentDir, new Date(date))).site;
    expect(on('2021-06-01')).toBe(on('2021-07-15'));
    expect(on('2021-10-02')).not.toBe(on('2021-06-01'));
  });

  it('follow every setting of the build context but its folders', () => {
    const site = (settings: Record<string, unknown>) =>
      harvestDigests(harvestOf(before.stories), { ...context(contentDir), ...settings }).site;
    expect(site({ cacheDir: '/a', root: '/x' })).toBe(site({ cacheDir: '/b', root: '/y' }));
    expect(site({ skipCards: true })).not.toBe(site({ skipCards: false }));
    expect(site({ basePath: '/dialoog' })).not.toBe(site({ basePath: '' }));
  });

  it('differ per page of a kind, and leave kinds the registry does not key without one', () => {
    expect(keyOf('story', before, {}, { slug: 'a' })).not.toBe(keyOf('story', before, {}, { slug: 'b' }));
    expect(pageCacheKey({ name: 'home' }, harvestDigests(before, context(contentDir)), { params: {} })).toBeUndefined();
  });
});

describe('props as text for a key', () => {
  it('names entries by their digest, dates by ISO text, and maps and sets by their contents', () => {
    const a = story('a', 'Eerste');
    expect(canonicalJson({ a, when: new Date('2021-03-04T00:00:00Z'), map: new Map([['k', 1]]), set: new Set([2]), skip: () => 1 })).toBe(
      JSON.stringify({
        a: { entry: entryDigest(a) },
        when: '2021-03-04T00:00:00.000Z',
        map: { map: [['k', 1]] },
        set: { set: [2] },
        skip: null,
      }),
    );
  });

  it('digests an entry by its data and body, not by the object', () => {
    expect(entryDigest(story('a', 'Eerste'))).toBe(entryDigest(story('a', 'Eerste')));
    expect(entryDigest(story('a', 'Eerste'))).not.toBe(entryDigest({ ...story('a', 'Eerste'), body: 'Andere tekst.' }));
  });

  it('marks a cycle instead of failing', () => {
    const loop: Record<string, unknown> = { name: 'x' };
    loop.self = loop;
    expect(canonicalJson(loop)).toBe('{"name":"x","self":"[cycle]"}');
  });
});

describe("Astro's output folder in astro:assets", () => {
  it('is replaced by a fixed URL, so the folder a build writes to does not change the pages’ code', () => {
    const code = [
      'export const outDir = /* #__PURE__ */ new URL("file:///tmp/dist.next-123/");',
      'export const serverDir = /* #__PURE__ */ new URL("file:///tmp/dist.next-123/server/");',
      'export const imageConfig = {};',
    ].join('\n');
    const replaced = replaceOutputUrls(code);
    expect(replaced).not.toContain('dist.next-123');
    expect(replaced).toContain('export const outDir = /* #__PURE__ */ new URL("file:///oogst-output/outDir/");');
    expect(replaced).toContain('export const imageConfig = {};');
    expect(replaceOutputUrls(code.replace(/123/g, '456'))).toBe(replaced);
  });
});
