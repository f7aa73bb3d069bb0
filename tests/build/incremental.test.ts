import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compareTrees, hashTree } from '../../scripts/reproducible.ts';
import { buildSite, copyFixture, freshCacheDir, type BuildResult } from '../support/build-site.ts';
import { freshCacheWithCardsOf, sharedBuild } from '../support/shared-build.ts';

/**
 * Astro's incremental build (experimental.incrementalBuild, keyed by src/incremental/) copies a
 * page from the cache when its key and code did not change. A key that misses something a page
 * shows leaves a stale page; these builds would show it.
 */
const OLD_TITLE = 'Boodschappen voor de hele straat';
const NEW_TITLE = 'Boodschappen voor het hele blok';
const STORY = 'stories/boodschappen-voor-de-straat.mdx';
const HERO = 'stories/images/straat.svg';
const EPOCH = { SOURCE_DATE_EPOCH: '1633046400' };

/** The minimal fixture with a second story on another theme, kind and track, so some lists show one story and not the other. */
function contentWithTwoStories(): string {
  const dir = copyFixture('site-minimal');
  const first = readFileSync(path.join(dir, STORY), 'utf8');
  const second = first
    .replace(`title: ${OLD_TITLE}`, 'title: Een werkplek aan de keukentafel')
    .replace('kind: kiem', 'kind: knel')
    .replace('track: burgers', 'track: middenveld')
    .replace('themes: [wonen]', 'themes: [werken]')
    .replace('date: 2021-03-04', 'date: 2021-02-01')
    .replace('src: ./images/straat.svg', 'src: ./images/keukentafel.svg');
  writeFileSync(path.join(dir, 'stories/werkplek-keukentafel.mdx'), second);
  // Its own picture: two byte-identical images share one published file (README: "Incremental builds").
  writeFileSync(path.join(dir, 'stories/images/keukentafel.svg'), readFileSync(path.join(dir, HERO), 'utf8').replace('#154273', '#1d5a9c'));
  return dir;
}

const build = (content: string, cache: string): BuildResult => {
  const result = buildSite(content, { ...EPOCH, OOGST_CACHE_DIR: cache });
  expect(result.status, result.output).toBe(0);
  return result;
};
/** Pages Astro copied from the incremental cache instead of rendering, by its log. */
const reused = (output: string) => output.split('\n').filter((line) => /[├└]─ \S+.*\((cached|restored)\)/.test(line)).length;
const TEXT = /\.(html|xml|json|jsonld|txt|css|csv|ttl|svg|conf)$|_headers$/;
/** The search records of a build, as text (Pagefind's fragments are gzip-compressed JSON). */
const searchRecords = (outDir: string) =>
  readdirSync(path.join(outDir, 'pagefind/fragment')).map((file) =>
    gunzipSync(readFileSync(path.join(outDir, 'pagefind/fragment', file))).toString('utf8'),
  );

describe('incremental builds', () => {
  it('reuse unchanged pages byte for byte, and re-render exactly what an edited story title reaches', () => {
    const content = contentWithTwoStories();
    // The cold build starts with the fixture's share cards: a card of the second story, or one the
    // edit changes, is drawn all the same (a card is keyed on what it draws). The build without a
    // cache below starts from nothing.
    const cache = freshCacheWithCardsOf(sharedBuild('tests/fixtures/site-minimal'));
    const cold = build(content, cache);
    const coldFiles = hashTree(cold.outDir);

    // Unchanged content: pages come from the cache, and the site is the same bytes.
    const warm = build(content, cache);
    expect(reused(warm.output)).toBeGreaterThan(10);
    expect(compareTrees(coldFiles, hashTree(warm.outDir))).toEqual([]);

    // One story's title changes, and a colour in its hero image (another image under the same name).
    writeFileSync(
      path.join(content, STORY),
      readFileSync(path.join(content, STORY), 'utf8').replace(`title: ${OLD_TITLE}`, `title: ${NEW_TITLE}`),
    );
    writeFileSync(path.join(content, HERO), readFileSync(path.join(content, HERO), 'utf8').replace('#a23b00', '#8a3200'));
    const edit = build(content, cache);
    const editFiles = hashTree(edit.outDir);

    // The same bytes as a build of the edited content without any cache: nothing stale anywhere.
    const fresh = build(content, freshCacheDir());
    expect(compareTrees(hashTree(fresh.outDir), editFiles)).toEqual([]);

    // Every text file that showed the title shows the new one; every other kept its bytes.
    const showed: string[] = [];
    for (const [file, hash] of coldFiles) {
      // The search index and the images are checked below.
      if (file.startsWith('pagefind/') || file.startsWith('_astro/')) continue;
      if (!TEXT.test(file)) continue;
      const before = readFileSync(path.join(cold.outDir, file), 'utf8');
      if (before.includes(OLD_TITLE)) {
        showed.push(file);
        const after = readFileSync(path.join(edit.outDir, file), 'utf8');
        expect(after, file).toContain(NEW_TITLE);
        expect(after, file).not.toContain(OLD_TITLE);
      } else {
        expect(editFiles.get(file), `${file} shows no title but changed`).toBe(hash);
      }
    }
    // The story page, the lists it is on, its theme page, the feed and the card data; not the other story's theme or kind.
    for (const page of [
      'verhalen/boodschappen-voor-de-straat/index.html',
      'verhalen/index.html',
      'verhalen/soort/kiem/index.html',
      'verhalen/thema/wonen/index.html',
      'themas/wonen/index.html',
      'rss.xml',
      'deelkaarten.json',
    ])
      expect(showed, page).toContain(page);
    for (const page of ['verhalen/soort/knel/index.html', 'verhalen/thema/werken/index.html', 'themas/werken/index.html'])
      expect(showed, page).not.toContain(page);

    // Its hero image is published under a new name; the other story's keeps its name and bytes.
    const heroes = (files: Map<string, string>, name: string) => [...files.keys()].filter((file) => file.startsWith(`_astro/${name}.`));
    expect(heroes(coldFiles, 'straat')).toHaveLength(1);
    expect(heroes(editFiles, 'straat')).toHaveLength(1);
    expect(heroes(editFiles, 'straat')).not.toEqual(heroes(coldFiles, 'straat'));
    expect(heroes(editFiles, 'keukentafel')).toEqual(heroes(coldFiles, 'keukentafel'));

    // Its search record and share cards changed with it; the other story's cards did not.
    expect(searchRecords(cold.outDir).some((record) => record.includes(OLD_TITLE))).toBe(true);
    expect(searchRecords(edit.outDir).some((record) => record.includes(NEW_TITLE))).toBe(true);
    expect(searchRecords(edit.outDir).some((record) => record.includes(OLD_TITLE))).toBe(false);
    const cards = [...coldFiles.keys()].filter((file) => file.startsWith('deelkaarten/verhalen/') && file.endsWith('.png'));
    const edited = cards.filter((file) => file.includes('boodschappen-voor-de-straat'));
    expect(edited.length).toBeGreaterThan(0);
    for (const file of cards) {
      if (edited.includes(file)) expect(editFiles.get(file), file).not.toBe(coldFiles.get(file));
      else expect(editFiles.get(file), file).toBe(coldFiles.get(file));
    }
  }, 600_000);
});
