import { scaleSqrt } from 'd3';
import { centredText, FONT, LINE_HEIGHT, SMALL, wrapLabel } from './common.ts';
import { seriesMatrix } from './prepare.ts';
import { measureText } from './text.ts';
import type { ChartModel, LayoutOptions, Mark, VisualInput } from './types.ts';

/**
 * A dot matrix: rows and columns are two sets of categories (say insights × themes), a
 * filled dot where they meet and a small hollow ring where they do not. Filled versus
 * hollow is a shape cue, so the chart also reads in grey print. Dot size follows the
 * value when values differ.
 */
export function layoutDotMatrix(input: VisualInput, { width, variant }: LayoutOptions): ChartModel {
  const { categories, series, values } = seriesMatrix(input);
  const narrow = variant === 'narrow';
  const max = Math.max(1, ...categories.flatMap((c) => [...(values.get(c.key)?.values() ?? [])]));
  const labelWidth = narrow ? 0 : Math.min(width * 0.42, Math.max(...categories.map((c) => measureText(c.label, FONT))) + 16);
  const cell = (width - labelWidth) / Math.max(1, series.length);
  const radius = scaleSqrt()
    .domain([0, max])
    .range([0, Math.min(11, cell / 2 - 3)]);
  const marks: Mark[] = [];

  // Column heads: wrapped under each other when every word fits its column, else turned upright.
  const fits = series.every((s) => s.label.split(/\s+/).every((word) => measureText(word, SMALL, true) <= cell - 6));
  const upright = narrow || !fits;
  const heads = series.map((s) => (upright ? [s.label] : wrapLabel(s.label, cell - 6, SMALL, true)));
  const headHeight = upright
    ? Math.max(...series.map((s) => measureText(s.label, SMALL, true))) + 8
    : Math.max(...heads.map((lines) => lines.length)) * 16 + 8;
  series.forEach((_, i) => {
    const cx = labelWidth + cell * (i + 0.5);
    const lines = heads[i]!;
    marks.push(
      upright
        ? { kind: 'text', x: cx + SMALL * 0.35, y: headHeight - 6, lines, size: SMALL, bold: true, rotate: -90 }
        : {
            kind: 'text',
            x: cx,
            y: headHeight - 8 - (lines.length - 1) * 16,
            lines,
            size: SMALL,
            bold: true,
            anchor: 'middle',
            lineHeight: 16,
          },
    );
  });

  let y = headHeight + 6;
  for (const category of categories) {
    const lines = wrapLabel(category.label, narrow ? width : labelWidth - 12, FONT, category.highlight);
    const labelHeight = (lines.length - 1) * LINE_HEIGHT + FONT;
    const rowHeight = narrow ? labelHeight + 36 : Math.max(34, labelHeight + 10);
    const dotY = narrow ? y + labelHeight + 22 : y + rowHeight / 2;
    marks.push({ kind: 'line', x1: 0, y1: y, x2: width, y2: y, className: 'oc-grid' });
    marks.push(
      narrow
        ? { kind: 'text', x: 0, y: y + 6 + FONT * 0.8, lines, size: FONT, lineHeight: LINE_HEIGHT, bold: category.highlight }
        : centredText(lines, 0, dotY, FONT, { bold: category.highlight }),
    );
    series.forEach((s, i) => {
      const value = values.get(category.key)?.get(s.key) ?? 0;
      const cx = labelWidth + cell * (i + 0.5);
      if (value > 0) marks.push({ kind: 'circle', cx, cy: dotY, r: Math.max(4, radius(value)), tone: 's0' });
      else marks.push({ kind: 'circle', cx, cy: dotY, r: 3.5, tone: 'empty' });
    });
    y += rowHeight + (narrow ? 6 : 0);
  }
  marks.push({ kind: 'line', x1: 0, y1: y, x2: width, y2: y, className: 'oc-grid' });
  return { width, height: y + 6, marks };
}
