import { area, line, scaleLinear, scaleUtc, utcMonth, utcYear } from 'd3';
import { FONT, LINE_HEIGHT, SMALL, seriesTone } from './common.ts';
import { formatNumber, formatShortMonth, formatWithUnit, formatYear, parseDate } from './format.ts';
import { distinct, labelOf, toNumber } from './prepare.ts';
import { measureText } from './text.ts';
import type { ChartModel, LayoutOptions, Mark, VisualInput } from './types.ts';

interface Point {
  date: Date;
  value: number;
}

/** Points per series, sorted by date. */
function collectSeries(input: VisualInput): { key: string; label: string; points: Point[] }[] {
  const { x = '', value = '', series } = input.spec.encoding;
  const keys = series ? distinct(input, series, input.spec.options.seriesOrder) : [''];
  return keys.map((key) => {
    const rows = series ? input.table.rows.filter((row) => String(row[series]) === key) : input.table.rows;
    const points = rows
      .map((row) => ({ date: parseDate(row[x])?.date, value: toNumber(row[value]) }))
      .filter((p): p is Point => p.date !== undefined)
      .sort((a, b) => a.date.getTime() - b.date.getTime());
    return { key, label: labelOf(input, key), points };
  });
}

/**
 * Months on the x axis, as many as fit without their labels touching: every month,
 * every second, every quarter, or only years.
 */
export function monthTicks(start: Date, end: Date, plotWidth: number): Date[] {
  const span = utcMonth.count(start, end) + 1;
  for (const step of [1, 2, 3, 6]) {
    const ticks = utcMonth.every(step)!.range(start, new Date(end.getTime() + 1));
    if (ticks.length <= 1 || plotWidth / Math.max(1, span / step) >= measureText('2021', SMALL) + 14) return ticks;
  }
  return utcYear.range(start, new Date(end.getTime() + 1));
}

/**
 * A line (or area; with several series only lines, as overlapping areas hide each other) over time: y from zero with a few gridlines in Dutch number format,
 * month ticks that never overlap, points and their values labelled when there are few,
 * and series named at the end of their line (and dashed differently) rather than by colour.
 */
export function layoutLineChart(input: VisualInput, { width, variant }: LayoutOptions, filled: boolean): ChartModel {
  const series = collectSeries(input);
  const all = series.flatMap((s) => s.points);
  const dates = all.map((p) => p.date.getTime());
  const start = new Date(Math.min(...dates));
  const end = new Date(Math.max(...dates));
  const max = Math.max(1, ...all.map((p) => p.value));
  const multi = series.length > 1;
  const endLabelRoom = multi ? Math.min(width * 0.3, Math.max(...series.map((s) => measureText(s.label, SMALL))) + 12) : 16;
  const height = variant === 'narrow' ? 260 : 320;
  const top = 28;
  const bottom = height - 48;
  const y = scaleLinear().domain([0, max]).nice(4).range([bottom, top]);
  const yTicks = y.ticks(4);
  const left = Math.max(...yTicks.map((t) => measureText(formatNumber(t), SMALL))) + 10;
  const x = scaleUtc()
    .domain([start, end])
    .range([left + 14, width - endLabelRoom]);
  const marks: Mark[] = [];

  for (const tick of yTicks) {
    marks.push({
      kind: 'line',
      x1: left,
      y1: y(tick),
      x2: width - endLabelRoom + 8,
      y2: y(tick),
      className: tick === 0 ? 'oc-axis' : 'oc-grid',
    });
    marks.push({
      kind: 'text',
      x: left - 6,
      y: y(tick) + SMALL * 0.35,
      lines: [formatNumber(tick)],
      size: SMALL,
      anchor: 'end',
      className: 'oc-soft',
    });
  }
  const unit = input.spec.unit.other;
  if (unit) marks.push({ kind: 'text', x: 0, y: top - 14, lines: [unit], size: SMALL, className: 'oc-soft' });

  const ticks = monthTicks(start, end, width - endLabelRoom - left);
  let lastYear = -1;
  for (const tick of ticks) {
    const year = tick.getUTCFullYear();
    marks.push({ kind: 'line', x1: x(tick), y1: bottom, x2: x(tick), y2: bottom + 5, className: 'oc-axis' });
    const lines = [formatShortMonth(tick), ...(year !== lastYear ? [formatYear(tick)] : [])];
    marks.push({
      kind: 'text',
      x: x(tick),
      y: bottom + 8 + SMALL,
      lines,
      size: SMALL,
      anchor: 'middle',
      lineHeight: LINE_HEIGHT,
      className: 'oc-soft',
    });
    lastYear = year;
  }

  const showPoints = input.spec.options.showPoints ?? all.length / series.length <= 12;
  series.forEach((s, index) => {
    const tone = multi ? seriesTone(index) : 's0';
    if (filled && !multi) {
      const d = area<Point>()
        .x((p) => x(p.date))
        .y0(bottom)
        .y1((p) => y(p.value))(s.points);
      if (d) marks.push({ kind: 'path', d: roundPath(d), tone, fill: true, className: 'oc-area' });
    }
    const d = line<Point>()
      .x((p) => x(p.date))
      .y((p) => y(p.value))(s.points);
    if (d) marks.push({ kind: 'path', d: roundPath(d), tone, fill: false, dash: index });
    if (showPoints) {
      s.points.forEach((p, i) => {
        marks.push({ kind: 'circle', cx: x(p.date), cy: y(p.value), r: 4, tone });
        if (!multi) {
          const text = i === s.points.length - 1 && !unit ? formatWithUnit(p.value, input.spec.unit) : formatNumber(p.value);
          marks.push({ kind: 'text', x: x(p.date), y: y(p.value) - 10, lines: [text], size: FONT, anchor: 'middle', bold: true });
        }
      });
    }
  });
  if (multi) marks.push(...endLabels(series, y, width - endLabelRoom + 12));
  return { width, height, marks };
}

/** Series names at the end of each line, pushed apart vertically so they never overlap. */
function endLabels(series: ReturnType<typeof collectSeries>, y: (v: number) => number, at: number): Mark[] {
  const wanted = series.map((s, index) => ({ s, index, y: y(s.points.at(-1)?.value ?? 0) })).sort((a, b) => a.y - b.y);
  let previous = -Infinity;
  return wanted.map(({ s, y: want }) => {
    const placed = Math.max(want, previous + LINE_HEIGHT);
    previous = placed;
    return { kind: 'text', x: at, y: placed + SMALL * 0.35, lines: [s.label], size: SMALL, bold: true } as Mark;
  });
}

/** Path data with coordinates rounded to 0.1, for stable snapshots. */
export function roundPath(d: string): string {
  return d.replace(/-?\d+\.?\d*(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));
}
