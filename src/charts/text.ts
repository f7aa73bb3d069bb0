/**
 * Text measuring without a browser: an estimate of the width of a string in the site's
 * sans-serif font. It errs on the wide side so labels placed with it do not collide
 * when a fallback font is a little wider.
 */
const WIDE = /[MWmw@%]/;
const NARROW = /[iljtfr.,:;'|!() ]/;
const UPPER = /[A-Z0-9]/;

/** Estimated width of `text` at font size `size`. */
export function measureText(text: string, size: number, bold = false): number {
  let em = 0;
  for (const char of text) {
    if (WIDE.test(char)) em += 0.82;
    else if (NARROW.test(char)) em += 0.3;
    else if (UPPER.test(char)) em += 0.62;
    else em += 0.53;
  }
  return em * size * (bold ? 1.06 : 1);
}

/**
 * Breaks text into lines that fit `maxWidth`, at spaces and after hyphens. A single word
 * longer than the line stays whole on its own line rather than being cut.
 */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  // Each piece knows whether it continues the previous word (after a hyphen) or starts a new one.
  const pieces = text
    .trim()
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=-)(?=\p{L})/u).map((part, index) => ({ part, glued: index > 0 })));
  const lines: string[] = [];
  let line = '';
  for (const { part, glued } of pieces) {
    const candidate = line === '' ? part : line + (glued ? '' : ' ') + part;
    if (line !== '' && measureText(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = part;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The box a label occupies, for overlap checks. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes share any area. Touching edges do not count. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
