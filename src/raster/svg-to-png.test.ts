import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { siteFontFiles, renderSvgToPng } from './svg-to-png.ts';
import { FIXTURES } from '../charts/test-fixtures.ts';
import { renderVisualSvg } from '../charts/visual.ts';
import { woffToSfnt } from './woff-to-sfnt.ts';

const require = createRequire(import.meta.url);

describe('woffToSfnt', () => {
  it('unpacks a WOFF font into TrueType bytes that start with the TrueType version', () => {
    const woff = readFileSync(require.resolve('@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff'));
    const ttf = woffToSfnt(woff);
    expect(ttf.readUInt32BE(0)).toBe(0x00010000);
    expect(ttf.length).toBe(woff.readUInt32BE(16));
  });
  it('refuses WOFF2, which needs Brotli and table transforms', () => {
    const woff2 = readFileSync(require.resolve('@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2'));
    expect(() => woffToSfnt(woff2)).toThrow(/not a WOFF 1.0 file/);
  });
});

describe('renderSvgToPng', () => {
  it('renders a chart download at twice its size with the bundled font', () => {
    const svg = renderVisualSvg(FIXTURES.bar!, { theme: 'light' });
    const png = renderSvgToPng(svg);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    expect(png.readUInt32BE(16)).toBe(width * 2);
  });
  it('uses fonts converted once into a cache folder', () => {
    const files = siteFontFiles();
    expect(files).toHaveLength(2);
    expect(siteFontFiles()).toEqual(files);
  });
});
