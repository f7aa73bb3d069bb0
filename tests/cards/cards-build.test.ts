import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CardManifest } from '../../src/cards/gallery';
import type { BuildResult } from '../support/build-site';
import { readPngSize } from '../../src/cards/card-output';
import { buildSite, copyFixture } from '../support/build-site';

const cache = mkdtempSync(path.join(os.tmpdir(), 'oogst-cards-build-'));
const fixture = path.resolve('tests/fixtures/site-minimal');
const build = (content: string) => buildSite(content, { OOGST_CARD_CACHE: cache });

describe('share cards in the build', () => {
  let first: BuildResult;
  let manifest: CardManifest;
  let cardCount: number;
  beforeAll(() => {
    first = build(fixture);
    if (first.status !== 0) throw new Error(first.output);
    manifest = JSON.parse(readFileSync(path.join(first.outDir, 'deelkaarten.json'), 'utf8')) as CardManifest;
    cardCount = manifest.cards.length;
  });

  it('renders a card for the site and every entry, in every size, at the right pixel size', () => {
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
    expect(first.output).toContain(`deelkaarten: ${cardCount * 4} gemaakt, 0 uit cache`);
  });

  it('puts every card in every size in one zip', () => {
    const zip = unzipSync(readFileSync(path.join(first.outDir, 'deelkaarten/alle-deelkaarten.zip')));
    expect(Object.keys(zip).sort()).toEqual(manifest.cards.flatMap((card) => card.sizes.map((size) => size.url.replace('/deelkaarten/', ''))).sort());
  });

  it('shows a gallery with previews, downloads, alt text, a suggested post and its own og:image', () => {
    const html = readFileSync(path.join(first.outDir, 'deelkaarten/index.html'), 'utf8');
    const story = manifest.cards.find((card) => card.kind === 'story')!;
    for (const size of story.sizes) expect(html).toContain(`href="${size.url}" download`);
    expect(html).toContain('href="/deelkaarten/alle-deelkaarten.zip" download');
    expect(html).toMatch(/<textarea[^>]*readonly/);
    // Each card's alt text under its own heading, and no dictionary placeholder left unfilled.
    expect(html).toContain(`Alt-tekst bij de afbeelding</p><p class="deelkaart-alt"`);
    expect(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')).not.toMatch(/\{[a-z]\w*\}/i);
    expect(html).toContain('property="og:image" content="https://test.example.nl/deelkaarten/site/home-1200x630.png"');
    expect(html).toContain('property="og:image:width" content="1200"');
    expect(html).toContain('property="og:image:height" content="630"');
    expect(html).toContain('property="og:image:alt"');
  });

  it("gives every page its own card as og:image, with size and alt text", () => {
    const theme = readFileSync(path.join(first.outDir, 'themas/wonen/index.html'), 'utf8');
    const card = manifest.cards.find((entry) => entry.kind === 'theme' && entry.slug === 'wonen')!;
    expect(theme).toContain(`property="og:image" content="https://test.example.nl${card.sizes[0]!.url}"`);
    expect(theme).toContain('property="og:image:width" content="1200"');
    expect(theme).toContain(`property="og:image:alt" content="${card.alt}"`);
    const story = readFileSync(path.join(first.outDir, 'verhalen/boodschappen-voor-de-straat/index.html'), 'utf8');
    expect(story).toContain('content="https://test.example.nl/deelkaarten/verhalen/boodschappen-voor-de-straat-1200x630.png"');
  });

  it('renders no card again when nothing changed', () => {
    const again = build(fixture);
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain(`deelkaarten: 0 gemaakt, ${cardCount * 4} uit cache`);
  });

  it('renders only the changed entry again, and names it when its text has a character no font has', () => {
    const content = copyFixture('site-minimal');
    const theme = path.join(content, 'themes/wonen.md');
    writeFileSync(theme, readFileSync(theme, 'utf8').replace(/cardHeadline: .*/, 'cardHeadline: Hoe wonen we 中 na de crisis?'));
    const changed = build(content);
    expect(changed.status, changed.output).toBe(0);
    expect(changed.output).toContain(`deelkaarten: 4 gemaakt, ${cardCount * 4 - 4} uit cache`);
    expect(changed.output).toMatch(/deelkaart theme "wonen" \(.*wonen\.md\), veld cardHeadline: geen lettertype voor "中"/);
  });
});
