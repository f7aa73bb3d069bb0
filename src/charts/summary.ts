import { formatDate, formatNumber, formatPeriod, formatWithUnit, parseDate } from './format.ts';
import { collectEvents } from './layout-timeline.ts';
import { categoryValues, seriesMatrix, toNumber } from './prepare.ts';
import type { VisualInput } from './types.ts';

/** "a", "a en b", "a, b en c". */
export function joinDutch(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} en ${words.at(-1)}`;
}

/**
 * The main finding computed from the data, in one Dutch sentence: the largest and smallest
 * category, the peak over time, the span of a timeline. It completes the editor's alt text,
 * so the description always matches the numbers in the chart.
 */
export function summarizeVisual(input: VisualInput): string {
  const { spec } = input;
  const withUnit = (value: number) => formatWithUnit(value, spec.unit);
  switch (spec.type) {
    case 'bar':
    case 'waffle':
    case 'tile-map': {
      const items = categoryValues(input).filter((c) => c.key !== 'landelijk');
      const sorted = [...items].sort((a, b) => b.value - a.value);
      const [top, bottom] = [sorted[0], sorted.at(-1)];
      if (!top || !bottom) return '';
      const total = items.reduce((sum, c) => sum + c.value, 0);
      if (top === bottom) return `${top.label}: ${withUnit(top.value)}.`;
      // Every category that shares the highest or lowest value is named: one of them alone would not be true.
      const tied = (value: number) => joinDutch(items.filter((c) => c.value === value).map((c) => c.label));
      if (top.value === bottom.value) return `Overal even veel: ${withUnit(top.value)} bij ${tied(top.value)}; samen ${withUnit(total)}.`;
      return `Het meest bij ${tied(top.value)} (${withUnit(top.value)}), het minst bij ${tied(bottom.value)} (${withUnit(bottom.value)}); samen ${withUnit(total)}.`;
    }
    case 'stacked-bar':
    case 'grouped-bar': {
      const { categories, series, values } = seriesMatrix(input);
      const top = [...categories].sort((a, b) => b.value - a.value)[0];
      if (!top) return '';
      // Every category that ties for the most is named, each with its parts.
      const leaders = categories.filter((c) => c.value === top.value);
      const parts = (key: string) =>
        series.map((s) => `${s.label.toLowerCase()} ${formatNumber(values.get(key)?.get(s.key) ?? 0)}`).join(', ');
      if (leaders.length === 1) return `Het meest bij ${top.label}: ${withUnit(top.value)} (${parts(top.key)}).`;
      return `Het meest bij ${joinDutch(leaders.map((c) => `${c.label} (${parts(c.key)})`))}: elk ${withUnit(top.value)}.`;
    }
    case 'line':
    case 'area': {
      const { x = '', value = '' } = spec.encoding;
      const points = input.table.rows.map((row) => ({ date: parseDate(row[x]), value: toNumber(row[value]) })).filter((p) => p.date);
      const peak = [...points].sort((a, b) => b.value - a.value)[0];
      if (!peak?.date) return '';
      const peaks = points.filter((p) => p.value === peak.value).map((p) => formatDate(p.date!));
      return `De hoogste waarde was in ${joinDutch(peaks)}: ${withUnit(peak.value)}.`;
    }
    case 'timeline': {
      const events = collectEvents(input);
      const [first, last] = [events[0], events.at(-1)];
      if (!first || !last) return '';
      return `${events.length} stappen, van ${formatDate(first.start)} tot ${formatPeriod(last.start, last.end)}.`;
    }
    case 'dot-matrix': {
      const { series, categories, values } = seriesMatrix(input);
      const counts = series.map((s) => ({ s, count: categories.filter((c) => (values.get(c.key)?.get(s.key) ?? 0) > 0).length }));
      const top = [...counts].sort((a, b) => b.count - a.count)[0];
      if (!top) return '';
      const leaders = counts.filter((c) => c.count === top.count).map((c) => c.s.label);
      return leaders.length === 1
        ? `${top.s.label} komt het vaakst voor: bij ${top.count} van de ${categories.length}.`
        : `${joinDutch(leaders)} komen het vaakst voor: elk bij ${top.count} van de ${categories.length}.`;
    }
  }
}

/** The full text alternative: the editor's finding followed by the computed one. */
export function describeVisual(input: VisualInput): string {
  return [input.spec.alt, summarizeVisual(input)].filter(Boolean).join(' ');
}
