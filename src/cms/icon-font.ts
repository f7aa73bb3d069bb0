import fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';

export { ICON_FONT } from './icon-font-name.ts';

/** The weight Sveltia draws every icon in (its one `font-variation-settings` rule); the subset keeps only that instance. */
const ICON_WEIGHT = 300;

/** Words in the CMS's code that could name an icon: icon names are lower case letters, digits and underscores. */
const WORD = /[a-z0-9_]{2,}/g;
const NAME_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_';

/** Shapes text with a font as the browser does; answers the glyph ids. */
function shaper(font: hb.Font): (text: string) => number[] {
  const buffer = new hb.Buffer();
  return (text) => {
    buffer.reset();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    return buffer.getGlyphInfos().map((info) => info.codepoint);
  };
}

/** The icon names among the words of a text: the words the font turns into one glyph. */
export function iconNamesIn(ttf: Uint8Array, texts: readonly string[]): string[] {
  const shape = shaper(new hb.Font(new hb.Face(new hb.Blob(ttf))));
  const words = new Set(texts.flatMap((text) => text.match(WORD) ?? []));
  return [...words].filter((word) => shape(word).length === 1).sort();
}

/**
 * Material Symbols holds about 3,800 icons (0.75 MB); the CMS draws a few hundred. This keeps the
 * icons whose names occur in the CMS's code (every icon Sveltia shows is named there, as a string),
 * at the one weight it uses. Each icon also has a private-use code point: the subset keeps those
 * glyphs and the name's letters, and without layout closure harfbuzz keeps exactly the ligatures
 * that lead to a kept icon. Answers the WOFF2 file and the names it kept.
 */
export async function subsetIconFont(woff2: Uint8Array, code: readonly string[]): Promise<{ font: Uint8Array; icons: string[] }> {
  const ttf = new Uint8Array(await fontverter.convert(Buffer.from(woff2), 'truetype'));
  const face = new hb.Face(new hb.Blob(ttf));
  const font = new hb.Font(face);
  const shape = shaper(font);
  const codePointOf = new Map<number, number>();
  for (const codePoint of Array.from(face.collectUnicodes())) {
    const glyph = font.nominalGlyph(codePoint);
    if (codePoint >= 0xe000 && glyph !== undefined) codePointOf.set(glyph, codePoint);
  }
  const icons = iconNamesIn(ttf, code);
  const codePoints = icons.map((name) => {
    const codePoint = codePointOf.get(shape(name)[0] ?? -1);
    // Without its own code point an icon could not be kept apart from the others: stop rather than draw its name.
    if (codePoint === undefined) throw new Error(`Het icoon "${name}" heeft geen eigen codepunt in het lettertype van Sveltia CMS`);
    return codePoint;
  });
  const text = NAME_CHARACTERS + String.fromCodePoint(...codePoints);
  const subset = await subsetFont(Buffer.from(woff2), text, {
    targetFormat: 'woff2',
    noLayoutClosure: true,
    variationAxes: { wght: ICON_WEIGHT },
  });
  return { font: new Uint8Array(subset), icons };
}
