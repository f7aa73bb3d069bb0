import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CardManifest } from '../../src/cards/gallery.ts';
import type { BuildResult } from '../support/build-site.ts';
import { readPngSize } from '../../src/cards/card-output.ts';
import { buildSite, copyFixture } from '../support/build-site.ts';
import { copyOfCache, sharedBuild, type SharedBuild } from '../support/shared-build.ts';

/** The builds after the first continue from a copy of its cache. */
let cache: string;
const build = (content: string) => buildSite(content, { OOGST_CACHE_DIR: cache });

describe('share cards in the build', () => {
  /** The plain build of the fixture with a fresh cache, which tests/build/fixture-site.test.ts reads too. */
  let first: SharedBuild;
  let manifest: CardManifest;
  let cardCount: number;
  /** Image files: stories in the og:image size only (the default), every other card in four sizes. */
  let fileCount: number;
  beforeAll(() => {
    first = sharedBuild('tests/fixtures/site-minimal');
    if (first.status !== 0) throw new Error(first.output);
    cache = copyOfCache(first);
    manifest = JSON.parse(readFileSync(path.join(first.outDir, 'deelkaarten.json'), 'utf8')) as CardManifest;
    cardCount = manifest.cards.length;
    fileCount = manifest.cards.reduce((sum, card) => sum + card.sizes.length, 0);
  });

  it('renders a card for the site and every entry, in each of its sizes, at the right pixel size', () => {
    expect(first.status, first.output).toBe(0);
    expect(manifest.cards.map((card) => `${card.kind}:${card.slug}`).sort()).toEqual([
      'chapter:inleiding',
      'insight:samenleving-veerkrachtig',
      'site:home',
      'story:boodschappen-voor-de-straat',
      'theme:werken',
      'theme:wonen',
      'visual:deelname-per-spoor',
    ]);
    for (const card of manifest.cards) {
      for (const size of card.sizes) {
        expect(readPngSize(readFileSync(path.join(first.outDir, size.url))), size.url).toEqual({ width: size.width, height: size.height });
      }
    }
    // Stories get the og:image size only; everything else every size.
    for (const card of manifest.cards) expect(card.sizes.length, card.slug).toBe(card.kind === 'story' ? 1 : 4);
    expect(existsSync(path.join(first.outDir, 'deelkaarten/verhalen/boodschappen-voor-de-straat-1080x1080.png'))).toBe(false);
    expect(first.output).toContain(`deelkaarten: ${fileCount} gemaakt, 0 uit cache (${cardCount} kaarten in ${fileCount} formaten)`);
  });

  it('stores no zip: the button of the gallery lists every card file for the browser to zip', () => {
    expect(readdirSync(path.join(first.outDir, 'deelkaarten')).filter((name) => name.endsWith('.zip'))).toEqual([]);
    expect(manifest.zip).toBeUndefined();
    const html = readFileSync(path.join(first.outDir, 'deelkaarten/index.html'), 'utf8');
    const listed = /data-zip-bestanden="([^"]*)"/.exec(html)![1]!.split(' ');
    expect(listed.sort()).toEqual(manifest.cards.flatMap((card) => card.sizes.map((size) => size.url.replace('/deelkaarten/', ''))).sort());
    expect(html).toContain('data-zip-map="/deelkaarten/"');
    expect(html).toContain('data-zip-naam="alle-deelkaarten.zip"');
  });

  it('shows a gallery with previews, downloads, alt text, a suggested post and its own og:image', () => {
    const html = readFileSync(path.join(first.outDir, 'deelkaarten/index.html'), 'utf8');
    const story = manifest.cards.find((card) => card.kind === 'story')!;
    for (const size of story.sizes) expect(html).toContain(`href="${size.url}" download`);
    expect(html).toContain(`Download alle deelkaarten (zip, ${cardCount} kaarten in ${fileCount} bestanden)`);
    expect(html).toContain('alle kaarten behalve die van verhalen');
    expect(html).toMatch(/<textarea[^>]*readonly/);
    // Each card's alt text under its own heading, and no dictionary placeholder left unfilled.
    expect(html).toContain(`Alt-tekst bij de afbeelding</p><p class="deelkaart-alt"`);
    expect(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')).not.toMatch(/\{[a-z]\w*\}/i);
    expect(html).toContain('property="og:image" content="https://test.example.nl/deelkaarten/site/home-1200x630.png"');
    expect(html).toContain('property="og:image:width" content="1200"');
    expect(html).toContain('property="og:image:height" content="630"');
    expect(html).toContain('property="og:image:alt"');
  });

  it('gives every page its own card as og:image, with size and alt text', () => {
    const theme = readFileSync(path.join(first.outDir, 'themas/wonen/index.html'), 'utf8');
    const card = manifest.cards.find((entry) => entry.kind === 'theme' && entry.slug === 'wonen')!;
    expect(theme).toContain(`property="og:image" content="https://test.example.nl${card.sizes[0]!.url}"`);
    expect(theme).toContain('property="og:image:width" content="1200"');
    expect(theme).toContain(`property="og:image:alt" content="${card.alt}"`);
    const story = readFileSync(path.join(first.outDir, 'verhalen/boodschappen-voor-de-straat/index.html'), 'utf8');
    expect(story).toContain('content="https://test.example.nl/deelkaarten/verhalen/boodschappen-voor-de-straat-1200x630.png"');
  });

  let again: BuildResult;
  it('renders no card again when nothing changed', () => {
    // The same content folder and a copy of the first build's cache.
    again = build(first.contentDir);
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain(`deelkaarten: 0 gemaakt, ${fileCount} uit cache`);
  }, 300_000);

  // The same two builds show the final product's PDF cache (src/pdf/pdf-cache.ts).
  it('makes the final product PDF once: the warm build takes the same bytes from the cache', () => {
    const pdfOf = (result: BuildResult) => readFileSync(path.join(result.outDir, 'eindproduct', 'testdialoog.pdf'));
    expect(first.output).toMatch(/eindproduct-pdf: testdialoog\.pdf \d+ kB in [\d.]+ s\n/);
    expect(again.output).toMatch(/eindproduct-pdf: testdialoog\.pdf \d+ kB in [\d.]+ s \(uit cache\)/);
    expect(pdfOf(again).equals(pdfOf(first))).toBe(true);
  });

  it('renders only the changed entry again, and names it when its text has a character no font has', () => {
    const content = copyFixture('site-minimal');
    const theme = path.join(content, 'themes/wonen.md');
    writeFileSync(theme, readFileSync(theme, 'utf8').replace(/cardHeadline: .*/, 'cardHeadline: Hoe wonen we 中 na de crisis?'));
    const changed = build(content);
    expect(changed.status, changed.output).toBe(0);
    expect(changed.output).toContain(`deelkaarten: 4 gemaakt, ${fileCount - 4} uit cache`);
    expect(changed.output).toMatch(/deelkaart theme "wonen" \(.*wonen\.md\), veld cardHeadline: geen lettertype voor "中"/);
  }, 300_000);
});
