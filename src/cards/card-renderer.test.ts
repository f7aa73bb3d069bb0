import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPngSize } from './card-output.ts';
import { cardFailure, createCardRenderer } from './card-renderer.ts';
import { CARD_SIZES } from './card-types.ts';
import { testBrand, testSpec } from './test-fixtures.ts';

const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'oogst-card-cache-'));
const root = process.cwd();
const cold = createCardRenderer({ root, cacheDir });
const warm = createCardRenderer({ root, cacheDir });
afterAll(async () => {
  await cold.close();
  await warm.close();
});

describe('card renderer', () => {
  it('renders every size at its pixel size on worker threads', async () => {
    const images = await Promise.all(CARD_SIZES.map((size) => cold.render(testSpec(), testBrand, size)));
    expect(images.map((image) => readPngSize(readFileSync(image.file)))).toEqual(
      CARD_SIZES.map(({ width, height }) => ({ width, height })),
    );
    expect(cold.stats()).toMatchObject({ rendered: 4, cached: 0 });
    expect(cold.stats().drawMs).toHaveLength(4);
    expect(Math.min(...cold.stats().drawMs)).toBeGreaterThan(0);
  });

  it('renders nothing again when nothing changed, in the same process or the next', async () => {
    await cold.render(testSpec(), testBrand, CARD_SIZES[0]!);
    expect(cold.stats().rendered).toBe(4);
    const image = await warm.render(testSpec(), testBrand, CARD_SIZES[0]!);
    expect(image.cached).toBe(true);
    expect(warm.stats()).toEqual({ rendered: 0, cached: 1, drawMs: [] });
  });

  it('renders again when the card data changes', async () => {
    const image = await warm.render(testSpec({ title: 'Een andere kop' }), testBrand, CARD_SIZES[0]!);
    expect(image.cached).toBe(false);
  });

  it('keeps the fitting warnings of a cached card', async () => {
    const long = testSpec({ title: 'Een veel te lange kop over wonen, werken en samenleven na de crisis '.repeat(12) });
    const first = await cold.render(long, testBrand, CARD_SIZES[0]!);
    const again = await warm.render(long, testBrand, CARD_SIZES[0]!);
    expect(first.warnings).toHaveLength(1);
    expect(again).toMatchObject({ cached: true, warnings: first.warnings });
  });
});

describe('a card that cannot be drawn', () => {
  it('names the content file and line of its text, the page and the size, in Dutch, without a stack trace', () => {
    const base = testSpec();
    const spec = testSpec({
      source: 'tests/fixtures/site-minimal/themes/wonen.md',
      page: '/themas/wonen/',
      fields: { ...base.fields, title: 'cardHeadline' },
    });
    const failure = cardFailure(spec, CARD_SIZES[0]!, new RangeError('Invalid typed array length: -4\n    at render (worker.js:1:1)'));
    expect(failure.message).toMatch(
      /^FOUT tests\/fixtures\/site-minimal\/themes\/wonen\.md:8 veld cardHeadline: de deelkaart van \/themas\/wonen\/ \(\d+×\d+\) kon niet worden getekend \(Invalid typed array length: -4\) → oplossing: /,
    );
    expect(failure.stack).toBe('');
  });
});
