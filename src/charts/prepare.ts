import type { VisualSpec } from '../schemas/visual.ts';
import type { Cell, VisualInput } from './types.ts';

/** One category with its value, display label and whether it is highlighted. */
export interface CategoryValue {
  key: string;
  label: string;
  value: number;
  highlight: boolean;
}

/** A number from a cell; cells were checked when the data was resolved, so anything else counts as 0. */
export const toNumber = (cell: Cell | undefined): number =>
  typeof cell === 'number' ? cell : Number(String(cell ?? '').replace(',', '.')) || 0;

/** The display label of a value: the spec's or the site's name for it, else the value itself. */
export const labelOf = (input: VisualInput, value: Cell | undefined): string => {
  const key = String(value ?? '');
  return input.spec.labels[key] ?? input.valueLabels[key] ?? key;
};

/** Distinct values of a column in order of first appearance, or in `preferred` order when given. */
export function distinct(input: VisualInput, column: string, preferred?: string[]): string[] {
  const seen = [...new Set(input.table.rows.map((row) => String(row[column] ?? '')))];
  if (!preferred) return seen;
  return [...preferred.filter((key) => seen.includes(key)), ...seen.filter((key) => !preferred.includes(key))];
}

/** Orders categories as the spec asks; ties keep data order so output is stable. */
export function sortCategories<T extends { label: string; value: number }>(items: T[], sort: VisualSpec['sort']): T[] {
  const indexed = items.map((item, index) => ({ item, index }));
  const byIndex = (a: { index: number }, b: { index: number }) => a.index - b.index;
  const compare: Record<VisualSpec['sort'], (a: { item: T; index: number }, b: { item: T; index: number }) => number> = {
    data: byIndex,
    'value-desc': (a, b) => b.item.value - a.item.value || byIndex(a, b),
    'value-asc': (a, b) => a.item.value - b.item.value || byIndex(a, b),
    label: (a, b) => a.item.label.localeCompare(b.item.label, 'nl') || byIndex(a, b),
  };
  return indexed.sort(compare[sort]).map(({ item }) => item);
}

/** Sums the value column per label, in the spec's order. */
export function categoryValues(input: VisualInput): CategoryValue[] {
  const { label: labelColumn = '', value: valueColumn = '' } = input.spec.encoding;
  const totals = new Map<string, number>();
  for (const row of input.table.rows) {
    const key = String(row[labelColumn] ?? '');
    totals.set(key, (totals.get(key) ?? 0) + toNumber(row[valueColumn]));
  }
  const items = [...totals].map(([key, value]) => ({
    key,
    label: labelOf(input, key),
    value,
    highlight: input.spec.highlight.includes(key),
  }));
  return sortCategories(items, input.spec.sort);
}

/** A table of label × series values, with categories sorted by their total. */
export interface SeriesMatrix {
  categories: CategoryValue[];
  series: { key: string; label: string }[];
  /** values[category key][series key] */
  values: Map<string, Map<string, number>>;
}

/** Groups the data into categories and series (stacked or grouped bars, dot matrix). */
export function seriesMatrix(input: VisualInput): SeriesMatrix {
  const { label: labelColumn = '', series: seriesColumn = '', value: valueColumn = '' } = input.spec.encoding;
  const values = new Map<string, Map<string, number>>();
  for (const row of input.table.rows) {
    const key = String(row[labelColumn] ?? '');
    const part = String(row[seriesColumn] ?? '');
    const inner = values.get(key) ?? new Map<string, number>();
    inner.set(part, (inner.get(part) ?? 0) + toNumber(row[valueColumn]));
    values.set(key, inner);
  }
  const series = distinct(input, seriesColumn, input.spec.options.seriesOrder).map((key) => ({ key, label: labelOf(input, key) }));
  const categories = sortCategories(
    [...values].map(([key, inner]) => ({
      key,
      label: labelOf(input, key),
      value: [...inner.values()].reduce((sum, v) => sum + v, 0),
      highlight: input.spec.highlight.includes(key),
    })),
    input.spec.sort,
  );
  return { categories, series, values };
}
