import type { CardFont, CardWeight } from './fonts.ts';

/** A stretch of text drawn with one kind of font: the text families, or one emoji file. */
export interface TextRun {
  text: string;
  /** Set for emoji: the family of the Noto Emoji file that has every code point of the run. */
  emojiFamily?: string;
}

/** Measures and splits card text with the metrics of the shipped fonts. */
export interface TextMeasurer {
  /** Width in pixels of `text` at `size` and `weight`. */
  width(text: string, size: number, weight: CardWeight): number;
  /** Splits text into runs so each emoji is drawn with the file that has it (satori falls back per word, not per emoji). */
  runs(text: string): TextRun[];
  /** Replaces characters no shipped font has with U+FFFD, so a card never shows an empty box; returns what was replaced. */
  clean(text: string): { text: string; missing: string[] };
}

const graphemes = new Intl.Segmenter('nl', { granularity: 'grapheme' });
// Selectors and joiners carry no width of their own and are drawn by whichever font holds the sequence.
const isSilent = (code: number) => code === 0xfe0f || code === 0xfe0e || code === 0x200d;
const REPLACEMENT = '\uFFFD';

/** A measurer over the given fonts, or a clear error when a weight has no text font. */
export function createTextMeasurer(fonts: CardFont[]): TextMeasurer {
  const textFonts = (weight: CardWeight) => fonts.filter((font) => font.role === 'text' && font.weight === weight);
  const emojiFonts = fonts.filter((font) => font.role === 'emoji');
  const byWeight = new Map<CardWeight, CardFont[]>([
    [400, textFonts(400)],
    [700, textFonts(700)],
  ]);
  const codes = (cluster: string) => [...cluster].map((char) => char.codePointAt(0) ?? 0).filter((code) => !isSilent(code));
  const textCovers = (cluster: string, weight: CardWeight) =>
    codes(cluster).every((code) => byWeight.get(weight)!.some((font) => font.metrics.advances.has(code)));
  const emojiFor = (cluster: string) => {
    const wanted = codes(cluster);
    const prefersEmoji = cluster.includes('\uFE0F') || /\p{Extended_Pictographic}/u.test(cluster);
    if (!prefersEmoji && textCovers(cluster, 400) && textCovers(cluster, 700)) return undefined;
    return emojiFonts.find((font) => wanted.every((code) => font.metrics.advances.has(code)));
  };
  const advance = (code: number, weight: CardWeight) => {
    for (const font of byWeight.get(weight)!) {
      const units = font.metrics.advances.get(code);
      if (units !== undefined) return units / font.metrics.unitsPerEm;
    }
    for (const font of emojiFonts) {
      const units = font.metrics.advances.get(code);
      if (units !== undefined) return units / font.metrics.unitsPerEm;
    }
    return 1;
  };
  return {
    width(text, size, weight) {
      let ems = 0;
      for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        if (!isSilent(code)) ems += advance(code, weight);
      }
      return ems * size;
    },
    runs(text) {
      const runs: TextRun[] = [];
      for (const { segment } of graphemes.segment(text)) {
        const emoji = /^\s$/.test(segment) ? undefined : emojiFor(segment);
        const last = runs.at(-1);
        if (last && last.emojiFamily === emoji?.family) last.text += segment;
        else runs.push(emoji ? { text: segment, emojiFamily: emoji.family } : { text: segment });
      }
      return runs;
    },
    clean(text) {
      const missing: string[] = [];
      let out = '';
      for (const { segment } of graphemes.segment(text.normalize('NFC'))) {
        const known = /^\s$/.test(segment) || (textCovers(segment, 400) && textCovers(segment, 700)) || emojiFor(segment) !== undefined;
        if (known) out += segment;
        else {
          missing.push(segment);
          out += REPLACEMENT;
        }
      }
      return { text: out, missing };
    },
  };
}
