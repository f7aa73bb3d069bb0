import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_SIZES } from './card-types.ts';
import { openCardFitter } from './fit-cache.ts';
import { createDrawContext } from './render-card.ts';
import { drawCard } from './templates/index.ts';
import { testBrand, testSpec } from './test-fixtures.ts';
import type { CardWarning } from './card-types.ts';

const root = process.cwd();
const long =
  'Een kop die veel te lang is voor deze kaart en daarom zeker ergens wordt afgekapt, hoe klein de letters ook worden, want er komt maar geen einde aan deze zin vol woorden '.repeat(
    3,
  );
const cards = [testSpec(), testSpec({ slug: 'lang', title: long }), testSpec({ kind: 'story', slug: 'straat', quote: `${long} 中` })];

describe('openCardFitter', () => {
  it('gives the warnings the templates give, and lays out nothing again for the same content', () => {
    const cache = mkdtempSync(path.join(os.tmpdir(), 'oogst-fit-'));
    const first = openCardFitter(root, cache);
    const found = cards.flatMap((card) => CARD_SIZES.map((size) => first.warningsOf(card, testBrand, size)));
    const direct = cards.flatMap((card) =>
      CARD_SIZES.map((size) => {
        const warnings: CardWarning[] = [];
        drawCard(card, testBrand, size, createDrawContext(root, warnings));
        return warnings;
      }),
    );
    expect(found).toEqual(direct);
    expect(found.flat().map((warning) => warning.kind)).toEqual(expect.arrayContaining(['cut', 'missing-glyphs']));
    expect(first.stats()).toEqual({ laidOut: 12, cached: 0 });
    first.save();
    expect(readdirSync(path.join(cache, 'fit'))).toHaveLength(1);

    const second = openCardFitter(root, cache);
    // A card whose file moved keeps its layout; a changed text is laid out again.
    const moved = cards.map((card, index) =>
      index === 1 ? { ...card, title: `${long} anders` } : { ...card, source: `elders/${card.source}` },
    );
    const again = moved.flatMap((card) => CARD_SIZES.map((size) => second.warningsOf(card, testBrand, size)));
    expect(second.stats()).toEqual({ laidOut: 4, cached: 8 });
    expect(again.slice(0, 4)).toEqual(direct.slice(0, 4));
    expect(again.slice(8)).toEqual(direct.slice(8));
    second.save();

    const third = openCardFitter(root, cache);
    for (const card of moved) for (const size of CARD_SIZES) third.warningsOf(card, testBrand, size);
    expect(third.stats()).toEqual({ laidOut: 0, cached: 12 });
  });

  it('works without a cache folder', () => {
    const fitter = openCardFitter(root, undefined);
    expect(fitter.warningsOf(cards[0]!, testBrand, CARD_SIZES[0]!)).toEqual([]);
    fitter.save();
    expect(fitter.stats()).toEqual({ laidOut: 1, cached: 0 });
    expect(existsSync(path.join(root, 'undefined'))).toBe(false);
  });
});
