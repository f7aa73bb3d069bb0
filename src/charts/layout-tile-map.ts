import { scaleThreshold } from 'd3';
import { FONT, LINE_HEIGHT, SMALL, wrapLabel } from './common.ts';
import { formatNumber, formatWithUnit } from './format.ts';
import { CHART_TEXT } from './labels.ts';

import { categoryValues, labelOf } from './prepare.ts';
import type { ChartModel, LayoutOptions, Mark, VisualInput } from './types.ts';

/**
 * The twelve provinces as equal tiles on a 3 × 5 grid that keeps their rough position
 * (column, row). Equal tiles stop large, empty provinces from dominating the picture, and
 * no map data has to be shipped.
 */
export const PROVINCE_TILES: Record<string, [number, number]> = {
  fryslan: [1, 0],
  groningen: [2, 0],
  'noord-holland': [0, 1],
  flevoland: [1, 1],
  drenthe: [2, 1],
  'zuid-holland': [0, 2],
  utrecht: [1, 2],
  overijssel: [2, 2],
  zeeland: [0, 3],
  'noord-brabant': [1, 3],
  gelderland: [2, 3],
  limburg: [2, 4],
};

const STEPS = 5;
const GAP = 4;

/**
 * Four round thresholds that split the data's range into five colour steps; whole numbers
 * for counts. The range starts at the smallest value, so close numbers still differ in colour.
 */
export function stepThresholds(min: number, max: number, integers: boolean): number[] {
  let step: number;
  if (integers) step = Math.max(1, Math.ceil((max - min + 1) / STEPS));
  else {
    const raw = Math.max(max - min, 1e-9) / STEPS;
    const power = 10 ** Math.floor(Math.log10(raw));
    step = power * ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10);
  }
  const start = integers ? min : Math.floor(min / step) * step;
  return [1, 2, 3, 4].map((i) => start + i * step);
}

/** Legend texts for the colour steps: "4 of minder", "5", "6–7", "8 of meer" for counts; "minder dan 2,5", "2,5 tot 5" otherwise. */
export function stepLabels(thresholds: number[], integers: boolean): string[] {
  const t = (i: number) => thresholds[i] ?? 0;
  const last = thresholds.length;
  return Array.from({ length: last + 1 }, (_, i) => {
    if (integers) {
      if (i === 0) return `${formatNumber(t(0) - 1)} of minder`;
      if (i === last) return `${formatNumber(t(last - 1))} of meer`;
      const [from, to] = [t(i - 1), t(i) - 1];
      return from === to ? formatNumber(from) : `${formatNumber(from)}–${formatNumber(to)}`;
    }
    if (i === 0) return `minder dan ${formatNumber(t(0))}`;
    if (i === last) return `${formatNumber(t(last - 1))} of meer`;
    return `${formatNumber(t(i - 1))} tot ${formatNumber(t(i))}`;
  });
}

/**
 * A tile map: each province a tile with its name and number; the fill darkens with the
 * number in five steps, and the number is printed, so colour is a second cue, not the only one.
 */
export function layoutTileMap(input: VisualInput, { width, variant }: LayoutOptions): ChartModel {
  const values = new Map(categoryValues(input).map((c) => [c.key, c]));
  const provinceValues = Object.keys(PROVINCE_TILES).map((key) => values.get(key)?.value ?? 0);
  const max = Math.max(1, ...provinceValues);
  const integers = provinceValues.every(Number.isInteger);
  const scale = scaleThreshold<number, number>()
    .domain(stepThresholds(Math.min(...provinceValues), max, integers))
    .range([0, 1, 2, 3, 4]);
  const narrow = variant === 'narrow';
  const mapWidth = narrow ? width : Math.min(width * 0.6, 420);
  const tileWidth = (mapWidth - 2 * GAP) / 3;
  const tileHeight = Math.round(tileWidth * 0.64);
  const marks: Mark[] = [];

  for (const [key, [column, row]] of Object.entries(PROVINCE_TILES)) {
    const x = column * (tileWidth + GAP);
    const y = row * (tileHeight + GAP);
    const entry = values.get(key);
    const step = entry ? scale(entry.value) : undefined;
    marks.push({
      kind: 'rect',
      x,
      y,
      width: tileWidth,
      height: tileHeight,
      tone: step === undefined ? 'empty' : `seq${step}`,
      className: 'oc-tile',
    });
    const textClass = step === undefined ? undefined : `oc-on-seq${step}`;
    const name = wrapLabel(labelOf(input, key), tileWidth - 12, SMALL);
    const nameMark: Mark = { kind: 'text', x: x + 8, y: y + 6 + SMALL, lines: name, size: SMALL, lineHeight: 16 };
    const valueMark: Mark = {
      kind: 'text',
      x: x + 8,
      y: y + tileHeight - 9,
      lines: [entry ? formatNumber(entry.value) : '–'],
      size: 20,
      bold: true,
    };
    if (textClass) {
      nameMark.className = textClass;
      valueMark.className = textClass;
    }
    marks.push(nameMark, valueMark);
  }

  const mapHeight = 5 * tileHeight + 4 * GAP;
  const legendX = narrow ? 0 : mapWidth + 28;
  let legendY = narrow ? mapHeight + 24 : 4;
  const unit = input.spec.unit.other;
  if (unit) {
    marks.push({
      kind: 'text',
      x: legendX,
      y: legendY + FONT * 0.8,
      lines: [unit[0]!.toUpperCase() + unit.slice(1)],
      size: FONT,
      bold: true,
    });
    legendY += LINE_HEIGHT + 8;
  }
  stepLabels(scale.domain(), integers).forEach((label, i) => {
    marks.push({ kind: 'rect', x: legendX, y: legendY, width: 22, height: 16, tone: `seq${i}`, className: 'oc-tile' });
    marks.push({ kind: 'text', x: legendX + 30, y: legendY + 8 + SMALL * 0.35, lines: [label], size: SMALL });
    legendY += 24;
  });
  if (provinceValues.some((_, i) => !values.has(Object.keys(PROVINCE_TILES)[i]!))) {
    marks.push({ kind: 'rect', x: legendX + 0.75, y: legendY + 0.75, width: 20.5, height: 14.5, tone: 'empty' });
    marks.push({ kind: 'text', x: legendX + 30, y: legendY + 8 + SMALL * 0.35, lines: [CHART_TEXT.noData], size: SMALL });
    legendY += 24;
  }
  const national = values.get('landelijk');
  if (national && national.value > 0) {
    const lines = wrapLabel(CHART_TEXT.national(formatWithUnit(national.value, input.spec.unit)), narrow ? width : width - legendX, FONT);
    marks.push({ kind: 'text', x: legendX, y: legendY + 10 + FONT * 0.8, lines, size: FONT, lineHeight: LINE_HEIGHT });
    legendY += 10 + lines.length * LINE_HEIGHT;
  }
  return { width, height: Math.max(mapHeight, legendY) + 6, marks };
}
