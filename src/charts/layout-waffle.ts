import { FONT, LINE_HEIGHT, SMALL, wrapLabel } from './common.ts';
import { formatWithUnit } from './format.ts';
import { categoryValues } from './prepare.ts';
import type { ChartModel, LayoutOptions, Mark, VisualInput } from './types.ts';

const CELL = 22;
const SQUARE = 18;
const STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000];

/** How many people one square stands for: the smallest round number that keeps the largest group under 100 squares. */
export function choosePerUnit(max: number): number {
  return STEPS.find((step) => max / step <= 100) ?? Math.ceil(max / 100);
}

/**
 * A unit chart: each square is a fixed number of people, one block of squares per group.
 * People are counted, not measured, so squares read more honestly than bar lengths. A
 * remainder is drawn as a partly filled square in an outline, not rounded away.
 */
export function layoutWaffleChart(input: VisualInput, { width }: LayoutOptions): ChartModel {
  const categories = categoryValues(input);
  const max = Math.max(1, ...categories.map((c) => c.value));
  const perUnit = input.spec.options.perUnit ?? choosePerUnit(max);
  const columns = Math.max(5, Math.floor((width + CELL - SQUARE) / CELL));
  const hasHighlight = categories.some((c) => c.highlight);
  const marks: Mark[] = [];

  marks.push({ kind: 'rect', x: 0, y: 4, width: SQUARE, height: SQUARE, tone: 's0' });
  marks.push({
    kind: 'text',
    x: SQUARE + 8,
    y: 4 + SQUARE / 2 + SMALL * 0.35,
    lines: [`= ${formatWithUnit(perUnit, input.spec.unit)}`],
    size: SMALL,
  });
  let y = 4 + SQUARE + 22;

  for (const category of categories) {
    const bold = !hasHighlight || category.highlight;
    const tone = bold ? 's0' : 'muted';
    const lines = wrapLabel(`${category.label}: ${formatWithUnit(category.value, input.spec.unit)}`, width, FONT, bold);
    marks.push({ kind: 'text', x: 0, y: y + FONT * 0.8, lines, size: FONT, lineHeight: LINE_HEIGHT, bold });
    y += (lines.length - 1) * LINE_HEIGHT + FONT + 8;
    const units = category.value / perUnit;
    const whole = Math.floor(units + 1e-9);
    const part = units - whole;
    const count = whole + (part > 0.01 ? 1 : 0);
    for (let i = 0; i < count; i++) {
      const x = (i % columns) * CELL;
      const top = y + Math.floor(i / columns) * CELL;
      if (i < whole) marks.push({ kind: 'rect', x, y: top, width: SQUARE, height: SQUARE, tone });
      else {
        marks.push({ kind: 'rect', x: x + 0.75, y: top + 0.75, width: SQUARE - 1.5, height: SQUARE - 1.5, tone: 'empty' });
        marks.push({ kind: 'rect', x, y: top, width: SQUARE * part, height: SQUARE, tone });
      }
    }
    const rows = Math.max(1, Math.ceil(count / columns));
    y += rows * CELL + 18;
  }
  return { width, height: y - 10, marks };
}
