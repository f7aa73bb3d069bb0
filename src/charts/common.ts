import { SERIES_COUNT } from './palette.ts';
import { measureText, wrapText } from './text.ts';
import type { Mark, RectMark, TextMark, Tone } from './types.ts';

/** Type sizes in user units. Layouts are drawn at 720 (wide) or 320 (narrow) units wide and scaled to fit. */
export const FONT = 15;
export const SMALL = 14;
export const LINE_HEIGHT = 18;

/** The tone of series `index`; colours repeat after six, patterns keep them apart. */
export const seriesTone = (index: number): Tone => `s${index % SERIES_COUNT}`;

/** Series after the first get a hatch pattern, so stacked parts differ by more than colour. */
export const seriesPattern = (index: number): number | undefined => (index === 0 ? undefined : index - 1);

/** A block of text whose first baseline sits so the block is centred on `centre`. */
export function centredText(lines: string[], x: number, centre: number, size: number, extra: Partial<TextMark> = {}): TextMark {
  const top = centre - ((lines.length - 1) * LINE_HEIGHT) / 2;
  return { kind: 'text', x, y: top + size * 0.35, lines, size, lineHeight: LINE_HEIGHT, ...extra };
}

/** Height of a block of `count` lines. */
export const blockHeight = (count: number) => (count - 1) * LINE_HEIGHT + FONT;

/**
 * A legend that flows left to right and wraps: a swatch with the series' colour and
 * pattern, then its name. Returns the marks and the height it takes.
 */
export function layoutLegend(
  items: { label: string; tone: Tone; pattern?: number | undefined }[],
  width: number,
  top: number,
): { marks: Mark[]; height: number } {
  const marks: Mark[] = [];
  const swatch = 16;
  let x = 0;
  let y = top;
  for (const item of items) {
    const itemWidth = swatch + 6 + measureText(item.label, SMALL) + 18;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += 24;
    }
    const rect: RectMark = { kind: 'rect', x, y, width: swatch, height: swatch, tone: item.tone, className: 'oc-legend' };
    if (item.pattern !== undefined) rect.pattern = item.pattern;
    marks.push(rect, { kind: 'text', x: x + swatch + 6, y: y + swatch / 2 + SMALL * 0.35, lines: [item.label], size: SMALL });
    x += itemWidth;
  }
  return { marks, height: items.length > 0 ? y - top + swatch + 14 : 0 };
}

/** Wraps a category label to a width. Labels are never cut: the full text matters more than a tidy row. */
export function wrapLabel(label: string, maxWidth: number, size = FONT, bold = false): string[] {
  return wrapText(label, maxWidth, size, bold);
}
