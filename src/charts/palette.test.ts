import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../colour/contrast.ts';
import { chartStyleSheet, DARK_PALETTE, LIGHT_PALETTE, paletteProperties } from './palette.ts';

describe.each([
  ['light', LIGHT_PALETTE],
  ['dark', DARK_PALETTE],
])('the %s palette', (_, palette) => {
  it('gives every series colour and the muted colour 3:1 against the background (graphical objects)', () => {
    for (const colour of [...palette.series, palette.muted, palette.axis])
      expect(contrastRatio(colour, palette.background)).toBeGreaterThanOrEqual(3);
  });
  it('gives text and secondary text 4.5:1 against the background', () => {
    expect(contrastRatio(palette.text, palette.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(palette.textSoft, palette.background)).toBeGreaterThanOrEqual(4.5);
  });
  it('gives numbers printed on a series colour 4.5:1', () => {
    for (const colour of palette.series) expect(contrastRatio(palette.onFill, colour)).toBeGreaterThanOrEqual(4.5);
  });
  it('gives the text on each tile-map step 4.5:1', () => {
    for (const step of palette.sequential) expect(contrastRatio(step.text, step.fill)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#0a5fa3', '#0a5fa3')).toBe(1);
  });
});

describe('chartStyleSheet', () => {
  it('writes colours out for standalone SVG, which resvg renders without CSS variables', () => {
    const css = chartStyleSheet(LIGHT_PALETTE);
    expect(css).not.toContain('var(');
    expect(css).toContain(`.oc-s0{fill:${LIGHT_PALETTE.series[0]}}`);
  });
  it('is what src/styles/charts.css holds, so page and downloads use the same rules and colours', () => {
    const css = readFileSync(new URL('../styles/charts.css', import.meta.url), 'utf8');
    for (const line of chartStyleSheet().split('\n')) expect(css).toContain(line);
    expect(css).toContain(paletteProperties(LIGHT_PALETTE));
    expect(css).toContain(paletteProperties(DARK_PALETTE));
  });
});
