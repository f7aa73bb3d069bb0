import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes as a compressing host sends them: gzip (level 9) and brotli (quality 11). */
export function compressed(bytes: Buffer | string): { gzip: number; brotli: number } {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return {
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The value of one attribute in a tag's source, or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined);
}

/** Stylesheets a page links to, as URL paths. */
export function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel\s*=\s*["']?stylesheet/i.test(tag))
    .map((tag) => attribute(tag, 'href')!)
    .filter(Boolean);
}

/** Inline <style> blocks of a page. */
export function inlineStylesOf(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]!);
}

/** Fonts a page preloads, as URL paths. */
export function preloadedFontsOf(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel\s*=\s*["']?preload/i.test(tag) && attribute(tag, 'as') === 'font')
    .map((tag) => attribute(tag, 'href')!)
    .filter(Boolean);
}

/**
 * Scripts that run: every <script> except data blocks (JSON-LD and other JSON types),
 * with its src when external.
 */
export function scriptsOf(html: string): { src: string | undefined; type: string | undefined }[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)]
    .map(([tag]) => ({ src: attribute(tag, 'src'), type: attribute(tag, 'type') }))
    .filter(({ type }) => !type || !/json/i.test(type));
}

/** One @font-face rule: its font files and the code points it covers (undefined: all of them). */
export interface FontFace {
  files: string[];
  ranges: [number, number][] | undefined;
}

/** Parses a unicode-range value, e.g. `U+0000-00FF, U+0131, U+02??`. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const text = part.trim().replace(/^u\+/i, '');
    if (text.includes('?')) return [parseInt(text.replace(/\?/g, '0'), 16), parseInt(text.replace(/\?/g, 'F'), 16)];
    const [start, end = start] = text.split('-');
    return [parseInt(start!, 16), parseInt(end!, 16)];
  });
}

/** The @font-face rules of a stylesheet. */
export function fontFacesOf(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/gi)].map(([, body]) => {
    const src = /(?:^|;)\s*src\s*:([^;]*)/i.exec(body!)?.[1] ?? '';
    const range = /unicode-range\s*:([^;]*)/i.exec(body!)?.[1];
    return {
      files: [...src.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)].map((match) => match[1]!),
      ranges: range === undefined ? undefined : parseUnicodeRange(range),
    };
  });
}

/**
 * Code points of the Latin and Latin Extended subsets (as Google Fonts and Fontsource cut
 * them): everything written Dutch needs, including é, ë, ĳ, € and typographic quotes.
 */
export const LATIN_SUBSETS: [number, number][] = [
  // Basic Latin to combining diacritics, IPA and spacing modifiers included.
  [0x0000, 0x036f],
  [0x1d00, 0x1dbf],
  [0x1e00, 0x1eff],
  [0x2000, 0x22ff],
  [0x2c60, 0x2c7f],
  [0xa720, 0xa7ff],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
];

/** True when every range lies inside the Latin subsets. */
export function isLatinOnly(ranges: readonly [number, number][]): boolean {
  return ranges.every(([start, end]) => LATIN_SUBSETS.some(([low, high]) => start >= low && end <= high));
}

/** True when a font face may be downloaded for text with these code points. */
export function coversAny(face: FontFace, codePoints: ReadonlySet<number>): boolean {
  if (!face.ranges) return true;
  for (const point of codePoints) if (face.ranges.some(([start, end]) => point >= start && point <= end)) return true;
  return false;
}

/** The code points of a page's visible text (tags, scripts and styles removed, entities of accented letters decoded). */
export function textCodePoints(html: string): Set<number> {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)));
  return new Set([...text].map((char) => char.codePointAt(0)!));
}
