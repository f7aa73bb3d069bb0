import { scaleLinear } from 'd3';
import { blockHeight, centredText, FONT, layoutLegend, LINE_HEIGHT, seriesPattern, seriesTone, wrapLabel } from './common.ts';
import { formatNumber, formatWithUnit } from './format.ts';
import { categoryValues, seriesMatrix, type CategoryValue } from './prepare.ts';
import { measureText } from './text.ts';
import type { ChartModel, LayoutOptions, Mark, RectMark, VisualInput } from './types.ts';

const BAR = 22;
const GAP = 12;

/** One bar's row: the category, the parts of its bar (one for a simple bar) and the number after it. */
interface Row {
  category: CategoryValue;
  parts: { value: number; tone: RectMark['tone']; pattern?: number | undefined; seriesLabel?: string }[];
  grouped: boolean;
}

/**
 * Horizontal bars with the label beside (wide) or above (narrow) each bar and the number
 * at its end, so no axis is needed. Shared by simple, stacked and grouped bars.
 */
function layoutRows(rows: Row[], input: VisualInput, { width, variant }: LayoutOptions, top: number, marks: Mark[]): number {
  const unit = input.spec.unit;
  const valueText = (value: number, first: boolean) => (first ? formatWithUnit(value, unit) : formatNumber(value));
  const ends = rows.flatMap((row) => (row.grouped ? row.parts.map((p) => p.value) : [row.parts.reduce((s, p) => s + p.value, 0)]));
  const max = Math.max(1, ...ends);
  const valueRoom = Math.max(...ends.map((value, i) => measureText(valueText(value, i === 0), FONT, true))) + 10;
  const narrow = variant === 'narrow';
  const labelWidth = narrow ? 0 : Math.min(width * 0.36, Math.max(...rows.map((row) => measureText(row.category.label, FONT, true))) + 12);
  const x = scaleLinear()
    .domain([0, max])
    .range([labelWidth, width - valueRoom]);
  const hasHighlight = rows.some((row) => row.category.highlight);

  let y = top;
  rows.forEach((row, rowIndex) => {
    const bold = !hasHighlight || row.category.highlight;
    const lines = wrapLabel(row.category.label, narrow ? width : labelWidth - 10, FONT, bold);
    const barsHeight = row.grouped ? row.parts.length * (BAR - 4) + (row.parts.length - 1) * 3 : BAR;
    const labelHeight = blockHeight(lines.length);
    const rowHeight = narrow ? labelHeight + 6 + barsHeight : Math.max(barsHeight, labelHeight);
    const barTop = narrow ? y + labelHeight + 6 : y + (rowHeight - barsHeight) / 2;
    marks.push(
      narrow
        ? { kind: 'text', x: 0, y: y + FONT * 0.8, lines, size: FONT, lineHeight: LINE_HEIGHT, bold }
        : centredText(lines, labelWidth - 10, y + rowHeight / 2, FONT, { anchor: 'end', bold }),
    );
    let start = 0;
    row.parts.forEach((part, partIndex) => {
      const partTop = row.grouped ? barTop + partIndex * (BAR - 1) : barTop;
      const height = row.grouped ? BAR - 4 : BAR;
      const from = row.grouped ? 0 : start;
      const rect: RectMark = { kind: 'rect', x: x(from), y: partTop, width: x(from + part.value) - x(from), height, tone: part.tone };
      if (part.pattern !== undefined) rect.pattern = part.pattern;
      if (row.parts.length > 1) rect.className = 'oc-sep';
      marks.push(rect);
      if (row.grouped) {
        marks.push({
          kind: 'text',
          x: x(part.value) + 6,
          y: partTop + height / 2 + FONT * 0.35,
          lines: [valueText(part.value, rowIndex === 0 && partIndex === 0)],
          size: FONT,
        });
      } else if (row.parts.length > 1 && part.value > 0) {
        const text = formatNumber(part.value);
        const plate = measureText(text, FONT) + 8;
        if (plate + 6 <= rect.width) {
          // A solid plate under the number keeps it legible on a hatched part.
          const cx = rect.x + rect.width / 2;
          marks.push({ kind: 'rect', x: cx - plate / 2, y: partTop + 2, width: plate, height: height - 4, tone: part.tone });
          marks.push({
            kind: 'text',
            x: cx,
            y: partTop + height / 2 + FONT * 0.35,
            lines: [text],
            size: FONT,
            anchor: 'middle',
            className: 'oc-on',
          });
        }
      }
      start += part.value;
    });
    if (!row.grouped) {
      marks.push({
        kind: 'text',
        x: x(start) + 6,
        y: barTop + BAR / 2 + FONT * 0.35,
        lines: [valueText(start, rowIndex === 0)],
        size: FONT,
        bold: row.parts.length > 1 || bold,
      });
    }
    y += rowHeight + (narrow ? GAP + 4 : GAP);
  });
  marks.unshift({ kind: 'line', x1: x(0), y1: top - 4, x2: x(0), y2: y - GAP + 4, className: 'oc-axis' });
  return y - GAP;
}

/** A simple horizontal bar chart: one bar per category, highlighted ones in colour and bold. */
export function layoutBarChart(input: VisualInput, options: LayoutOptions): ChartModel {
  const categories = categoryValues(input);
  const hasHighlight = categories.some((c) => c.highlight);
  const rows: Row[] = categories.map((category) => ({
    category,
    parts: [{ value: category.value, tone: !hasHighlight || category.highlight ? 's0' : 'muted' }],
    grouped: false,
  }));
  const marks: Mark[] = [];
  const bottom = layoutRows(rows, input, options, 8, marks);
  return { width: options.width, height: bottom + 8, marks };
}

/** Stacked or grouped horizontal bars with a legend on top; every series has its own colour and pattern. */
export function layoutSeriesBarChart(input: VisualInput, options: LayoutOptions, grouped: boolean): ChartModel {
  const { categories, series, values } = seriesMatrix(input);
  const legend = layoutLegend(
    series.map((s, i) => ({ label: s.label, tone: seriesTone(i), pattern: seriesPattern(i) })),
    options.width,
    4,
  );
  const rows: Row[] = categories.map((category) => ({
    category,
    parts: series.map((s, i) => ({
      value: values.get(category.key)?.get(s.key) ?? 0,
      tone: seriesTone(i),
      pattern: seriesPattern(i),
      seriesLabel: s.label,
    })),
    grouped,
  }));
  const marks: Mark[] = [...legend.marks];
  const bottom = layoutRows(rows, input, options, legend.height + 12, marks);
  return { width: options.width, height: bottom + 8, marks };
}
