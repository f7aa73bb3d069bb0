import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFontMetrics } from './font-metrics.ts';
import { listCardFontFiles, loadCardFonts } from './fonts.ts';
import { createTextMeasurer } from './measure.ts';

const root = process.cwd();
const fonts = loadCardFonts(root);
const measurer = createTextMeasurer(fonts);

describe('card fonts', () => {
  it('ship as WOFF files that satori can read, never WOFF2', () => {
    for (const font of listCardFontFiles()) expect(font.file).toMatch(/\.woff$/);
    expect(() =>
      parseFontMetrics(readFileSync('node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2')),
    ).toThrow(/WOFF2/);
  });

  it('cover Dutch diacritics, the ij ligature, curly quotes and dashes in both weights', () => {
    const text = 'ëéïöüĳĲ“”‘’–—…€';
    expect(measurer.clean(text)).toEqual({ text, missing: [] });
  });

  it('measure bold text wider than regular text', () => {
    expect(measurer.width('Dialoogtafel', 40, 700)).toBeGreaterThan(measurer.width('Dialoogtafel', 40, 400));
    expect(measurer.width('Dialoogtafel', 80, 400)).toBeCloseTo(2 * measurer.width('Dialoogtafel', 40, 400));
  });

  it('draw an emoji with the emoji font that has it', () => {
    const runs = measurer.runs('Samen 🌱 groeien 🎉');
    expect(runs.map((run) => [run.text, Boolean(run.emojiFamily)])).toEqual([
      ['Samen ', false],
      ['🌱', true],
      [' groeien ', false],
      ['🎉', true],
    ]);
    expect(runs[1]!.emojiFamily).toMatch(/^oogst-emoji-/);
  });

  it('replace a character no font has with a visible replacement and report it', () => {
    expect(measurer.clean('Zorg 中 thuis')).toEqual({ text: 'Zorg \uFFFD thuis', missing: ['中'] });
  });
});
