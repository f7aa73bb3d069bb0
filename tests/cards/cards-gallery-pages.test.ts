import { appendFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateHarvest } from '../../scripts/bench/generate.ts';
import { GALLERY_INLINE_LIMIT, GALLERY_PAGE_SIZE, type CardManifest } from '../../src/cards/gallery.ts';
import { buildSite, freshCacheDir, type BuildResult } from '../support/build-site.ts';

// More stories than the gallery shows in full: they move to pages of their own.
const STORIES = GALLERY_PAGE_SIZE + GALLERY_INLINE_LIMIT - 40;

describe('the card gallery of a large harvest', () => {
  let result: BuildResult;
  let manifest: CardManifest;
  beforeAll(() => {
    const content = mkdtempSync(path.join(os.tmpdir(), 'oogst-gallery-'));
    generateHarvest(content, { stories: STORIES, ideas: 60, tables: 8, themes: 3 });
    // The publisher who wants what the gallery offered before: every size for stories, and stored zips.
    appendFileSync(path.join(content, 'site.yaml'), '\ncards:\n  allStorySizes: true\n  storedZips: true\n');
    // A fresh cache holds no card (every card is drawn) but the CMS bundle, which the test does not look at.
    result = buildSite(content, { OOGST_CACHE_DIR: freshCacheDir() });
    if (result.status !== 0) throw new Error(result.output);
    manifest = JSON.parse(readFileSync(path.join(result.outDir, 'deelkaarten.json'), 'utf8')) as CardManifest;
  }, 300_000);

  const html = (file: string) => readFileSync(path.join(result.outDir, file), 'utf8');

  it('links the story cards from /deelkaarten/ instead of showing them all there', () => {
    const gallery = html('deelkaarten/index.html');
    expect(gallery).toContain(`href="/deelkaarten/verhalen/"`);
    expect(gallery).toContain(`alle ${STORIES} kaarten van verhalen`);
    expect(gallery).not.toContain('/deelkaarten/verhalen/' + manifest.cards.find((card) => card.kind === 'story')!.slug);
    // Themes stay in full.
    expect(gallery).toContain('/deelkaarten/themas/thema-01-1200x630.png');
  });

  it('shows every story card exactly once over numbered pages with previous and next links', () => {
    const pages = ['deelkaarten/verhalen/index.html', 'deelkaarten/verhalen/2/index.html'];
    expect(existsSync(path.join(result.outDir, 'deelkaarten/verhalen/3/index.html'))).toBe(false);
    const shown = pages.flatMap((file) =>
      [...html(file).matchAll(/<img src="\/deelkaarten\/verhalen\/([^"]+)-1200x630\.png"/g)].map((match) => match[1]),
    );
    expect(shown.sort()).toEqual(
      manifest.cards
        .filter((card) => card.kind === 'story')
        .map((card) => card.slug)
        .sort(),
    );
    expect(html(pages[0]!)).toContain('href="/deelkaarten/verhalen/2/" rel="next"');
    expect(html(pages[1]!)).toMatch(/<title>Deelkaarten: Verhalen \(Pagina 2 van 2\)/);
  });

  it('with stored zips and all story sizes, zips the cards of each gallery page for that page, and links the cards from the cache into the output', () => {
    const entries = (file: string) => Object.keys(unzipSync(readFileSync(path.join(result.outDir, file))));
    const stories = manifest.cards.filter((card) => card.kind === 'story');
    // /deelkaarten/ offers the cards it shows; each story page offers its own.
    expect(html('deelkaarten/index.html')).toContain('href="/deelkaarten/overzicht-deelkaarten.zip" download');
    expect(html('deelkaarten/index.html')).toContain(
      `Download de kaarten op deze pagina (zip, ${manifest.cards.length - stories.length} kaarten`,
    );
    expect(existsSync(path.join(result.outDir, 'deelkaarten/alle-deelkaarten.zip'))).toBe(false);
    expect(entries('deelkaarten/overzicht-deelkaarten.zip')).toHaveLength((manifest.cards.length - stories.length) * 4);
    expect(html('deelkaarten/verhalen/2/index.html')).toContain('href="/deelkaarten/verhalen-pagina-2.zip" download');
    const zipped = [entries('deelkaarten/verhalen-pagina-1.zip'), entries('deelkaarten/verhalen-pagina-2.zip')];
    expect(zipped.map((names) => names.length)).toEqual([GALLERY_PAGE_SIZE * 4, (stories.length - GALLERY_PAGE_SIZE) * 4]);
    // Each page's zip holds exactly the cards that page shows.
    const shownOn = (file: string) =>
      [...html(file).matchAll(/<img src="\/deelkaarten\/(verhalen\/[^"]+-1200x630\.png)"/g)].map((match) => match[1]).sort();
    expect(zipped[1]!.filter((name) => name.endsWith('-1200x630.png')).sort()).toEqual(shownOn('deelkaarten/verhalen/2/index.html'));
    expect(manifest.zips!.map((zip) => zip.url)).toEqual([
      '/deelkaarten/overzicht-deelkaarten.zip',
      '/deelkaarten/verhalen-pagina-1.zip',
      '/deelkaarten/verhalen-pagina-2.zip',
    ]);
    expect(result.output).toMatch(new RegExp(`deelkaarten: ${manifest.cards.length * 4} gemaakt, 0 uit cache.*\\(3 zips `));
  });
});
