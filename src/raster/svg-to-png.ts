/**
 * SVG to PNG with the site font only (resvg), for chart images and share cards: the font files
 * resvg needs are TrueType copies made once from the bundled WOFF files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { woffToSfnt } from './woff-to-sfnt.ts';

const require = createRequire(import.meta.url);

/** Regular and bold. The semibold file names itself a separate family ("Source Sans 3 SemiBold"), so resvg would never match it; CSS weight 600 falls back to 700. */
const WEIGHTS = [400, 700] as const;

/**
 * TrueType copies of the site font, made once from the WOFF files in @fontsource/source-sans-3.
 * resvg cannot read WOFF and only takes font paths, so they are written to a cache folder.
 */
export function siteFontFiles(cacheDir = path.resolve('node_modules/.cache/oogst-charts')): string[] {
  mkdirSync(cacheDir, { recursive: true });
  return WEIGHTS.map((weight) => {
    const target = path.join(cacheDir, `source-sans-3-latin-${weight}.ttf`);
    if (!existsSync(target)) {
      const woff = require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`);
      writeFileSync(target, woffToSfnt(readFileSync(woff)));
    }
    return target;
  });
}

/** Pixels per SVG unit of the chart PNGs: twice the size gives sharp images on phones. */
export const PNG_SCALE = 2;

/**
 * Rasterises a standalone chart SVG to PNG with the bundled font only (no system fonts,
 * so the image is the same on every machine).
 */
export function renderSvgToPng(svg: string, scale = PNG_SCALE): Buffer {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: siteFontFiles(), defaultFontFamily: 'Source Sans 3', sansSerifFamily: 'Source Sans 3' },
    fitTo: { mode: 'zoom', value: scale },
  });
  return resvg.render().asPng();
}
