import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFontMetrics, type FontMetrics } from './font-metrics.ts';

/** Weights the card templates use. */
export type CardWeight = 400 | 700;

/** One font file as satori and the text measurer see it. Every file gets its own family name, so satori never confuses two subsets. */
export interface CardFont {
  /** Family name given to satori, e.g. "oogst-latin-ext". */
  family: string;
  weight: CardWeight;
  role: 'text' | 'emoji';
  file: string;
  data: Buffer;
  metrics: FontMetrics;
}

// Subsets of Source Sans 3 in fallback order: Dutch needs latin (ë, é, quotes, dashes) and latin-ext (ĳ);
// the others keep a foreign name or word from turning into boxes.
const TEXT_SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'] as const;
// Noto Emoji is split by fontsource into these files; monochrome, so the theme colour carries over.
const EMOJI_SUBSETS = ['emoji', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const;

/** Paths of the font files the cards use, relative to the project root. WOFF, not WOFF2: satori's font parser reads WOFF1. */
export function listCardFontFiles(): Array<Omit<CardFont, 'data' | 'metrics'>> {
  const list: Array<Omit<CardFont, 'data' | 'metrics'>> = [];
  for (const weight of [400, 700] as const) {
    for (const subset of TEXT_SUBSETS) {
      list.push({
        family: `oogst-${subset}`,
        weight,
        role: 'text',
        file: `node_modules/@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`,
      });
    }
  }
  for (const subset of EMOJI_SUBSETS) {
    list.push({
      family: `oogst-emoji-${subset}`,
      weight: 400,
      role: 'emoji',
      file: `node_modules/@fontsource/noto-emoji/files/noto-emoji-${subset}-400-normal.woff`,
    });
  }
  return list;
}

const loaded = new Map<string, CardFont[]>();

/** Reads and parses every card font once per process. */
export function loadCardFonts(root: string): CardFont[] {
  const cached = loaded.get(root);
  if (cached) return cached;
  const fonts = listCardFontFiles().map((font) => {
    const data = readFileSync(path.join(root, font.file));
    return { ...font, data, metrics: parseFontMetrics(data) };
  });
  loaded.set(root, fonts);
  return fonts;
}

/** A digest of every font file's bytes: part of each card's cache key, so a font update re-renders the cards. */
export function hashCardFonts(root: string): string {
  const hash = createHash('sha256');
  for (const font of listCardFontFiles()) hash.update(font.file).update(readFileSync(path.join(root, font.file)));
  return hash.digest('hex');
}

/** The text families in fallback order, as a CSS font-family list for satori. */
export function textFamilyList(fonts: CardFont[]): string {
  return [...new Set(fonts.filter((font) => font.role === 'text').map((font) => font.family))].join(', ');
}
