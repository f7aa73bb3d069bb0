import { breakDutchWord, splitDutchWord } from './hyphenate-nl.ts';

/** The box a text must fit in and the font sizes it may use. */
export interface FitBox {
  width: number;
  height: number;
  /** Largest and smallest font size in pixels; the text shrinks from max to min before it is cut. */
  maxSize: number;
  minSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** At most this many lines, whatever the height allows. */
  maxLines?: number;
}

/** Where the text landed: a font size and the lines to draw, each narrower than the box. */
export interface FitResult {
  fontSize: number;
  lines: string[];
  /** True when even the smallest size did not fit and the text was cut with "…". */
  truncated: boolean;
}

/** Width of a text at a font size, in pixels. */
export type Measure = (text: string, size: number) => number;

const ELLIPSIS = '…';
const SIZE_STEP = 2;
/** Words at least this long may be hyphenated to fill a line, not only when they are wider than the line. */
const FILL_HYPHENATION_LENGTH = 10;
/** A line filled less than this share of its width counts as far from full. */
const SPARSE_LINE = 0.35;

/**
 * Lays out text in a box: the largest size at which it fits is chosen; at the smallest size
 * the rest is cut off with an ellipsis. Long words break at Dutch hyphenation points; only a
 * word with no point narrow enough breaks between letters.
 */
export function fitText(text: string, box: FitBox, measure: Measure): FitResult {
  const clean = text.replace(/\s+/g, ' ').trim();
  const sizes: number[] = [];
  for (let size = box.maxSize; size > box.minSize; size -= SIZE_STEP) sizes.push(size);
  sizes.push(box.minSize);
  for (const size of sizes) {
    const capacity = linesThatFit(box, size);
    const laid = breakLines(clean, box.width, (part) => measure(part, size));
    const last = size === box.minSize;
    if (laid.lines.length <= capacity && (!laid.forced || last)) return { fontSize: size, lines: laid.lines, truncated: false };
    if (last) return { fontSize: size, lines: cutLines(laid.lines, capacity, box.width, (part) => measure(part, size)), truncated: true };
  }
  throw new Error('unreachable: the smallest size always returns');
}

function linesThatFit(box: FitBox, size: number): number {
  const byHeight = Math.max(1, Math.floor(box.height / (size * box.lineHeight) + 1e-9));
  return Math.min(byHeight, box.maxLines ?? Number.POSITIVE_INFINITY);
}

/** Greedy line breaking at spaces, with hyphenation for words that do not fit. */
export function breakLines(text: string, width: number, measure: (text: string) => number): { lines: string[]; forced: boolean } {
  const fits = (line: string) => measure(line) <= width;
  const lines: string[] = [];
  let forced = false;
  let current = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    let rest = word;
    if (current) {
      // Only a long word on a line that would stay far from full is split to fill it.
      const sparse = [...word].length >= FILL_HYPHENATION_LENGTH && measure(current) < width * SPARSE_LINE;
      const split = sparse ? splitToFit(rest, (head) => fits(`${current} ${head}`)) : undefined;
      lines.push(split ? `${current} ${split.head}` : current);
      rest = split ? split.tail : rest;
    }
    while (!fits(rest)) {
      const split = splitToFit(rest, fits) ?? splitGraphemes(rest, fits);
      if (split.forced) forced = true;
      lines.push(split.head);
      rest = split.tail;
    }
    current = rest;
  }
  if (current) lines.push(current);
  return { lines, forced };
}

/** The longest head of a word, ending at a hyphenation point, that fits. */
function splitToFit(word: string, fits: (head: string) => boolean): { head: string; tail: string; forced: false } | undefined {
  const pieces = splitDutchWord(word);
  for (let count = pieces.length - 1; count >= 1; count--) {
    const parts = breakDutchWord(pieces, count);
    if (fits(parts.head)) return { ...parts, forced: false };
  }
  return undefined;
}

/** Last resort for a word without a usable hyphenation point (a long code or address): break between letters. */
function splitGraphemes(word: string, fits: (head: string) => boolean): { head: string; tail: string; forced: boolean } {
  const chars = [...new Intl.Segmenter('nl', { granularity: 'grapheme' }).segment(word)].map((part) => part.segment);
  let count = chars.length - 1;
  while (count > 1 && !fits(chars.slice(0, count).join(''))) count--;
  return { head: chars.slice(0, count).join(''), tail: chars.slice(count).join(''), forced: true };
}

/** Keeps the first lines and ends the last one with an ellipsis, dropping words (or letters) until it fits. */
function cutLines(lines: string[], capacity: number, width: number, measure: (text: string) => number): string[] {
  const kept = lines.slice(0, capacity);
  let last = kept.pop() ?? '';
  last = last.replace(/-$/, '');
  const fits = (line: string) => measure(`${line}${ELLIPSIS}`) <= width;
  while (!fits(last) && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  const chars = [...last];
  while (chars.length > 0 && !fits(chars.join(''))) chars.pop();
  last = chars.join('').replace(/[\s,.;:!?\-–—]+$/u, '');
  kept.push(`${last}${ELLIPSIS}`);
  return kept;
}
