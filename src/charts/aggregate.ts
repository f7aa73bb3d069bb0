import type { ContentProblem } from '../messages/content-problems.ts';
import type { Cell, DataTable } from './types.ts';

/** A row of the site's own data, flattened: every value a string, a number or a list of strings. */
export type SourceRow = Record<string, string | number | string[]>;

export interface AggregateOptions {
  groupBy: string[];
  sum?: string | undefined;
  /** Preferred order (and full set) of values per column, e.g. all twelve provinces. Missing groups are filled with 0. */
  domains?: Record<string, readonly string[]>;
  /** Preferred order of values per column without filling, e.g. themes in their editorial order. */
  orders?: Record<string, readonly string[]>;
}

/** The name of the count column when rows are counted rather than summed. */
export const COUNT_COLUMN = 'aantal';

/** Every month from the first to the last, as "JJJJ-MM", so a line over time has no silent gaps. */
export function monthRange(months: string[]): string[] {
  const sorted = [...months].sort();
  const [first, last] = [sorted[0], sorted.at(-1)];
  if (!first || !last) return [];
  const out: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) break;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return out;
}

/** The values of one column in a row; a list cell (themes) counts once for each item. */
const valuesOf = (row: SourceRow, column: string): string[] => {
  const cell = row[column];
  return Array.isArray(cell) ? cell : [String(cell ?? '')];
};

/**
 * Counts or sums rows per group. Groups come out in a fixed order (a known domain such
 * as the provinces, months in time order, else order of appearance) and every
 * combination is present, with 0 where no row fell, so charts never skip a category.
 */
export function aggregateRows(rows: SourceRow[], { groupBy, sum, domains = {}, orders = {} }: AggregateOptions): DataTable {
  const totals = new Map<string, number>();
  const seen: string[][] = groupBy.map(() => []);
  for (const row of rows) {
    const combos = groupBy.reduce<string[][]>(
      (acc, column, i) => {
        const values = valuesOf(row, column);
        for (const value of values) if (!seen[i]!.includes(value)) seen[i]!.push(value);
        return acc.flatMap((prefix) => values.map((value) => [...prefix, value]));
      },
      [[]],
    );
    const amount = sum ? Number(row[sum]) || 0 : 1;
    for (const combo of combos) {
      const key = JSON.stringify(combo);
      totals.set(key, (totals.get(key) ?? 0) + amount);
    }
  }
  const axes = groupBy.map((column, i) => {
    const domain = domains[column];
    if (column === 'month') return monthRange(seen[i]!);
    if (domain) return [...domain, ...seen[i]!.filter((value) => !domain.includes(value))];
    const order = orders[column];
    if (order) return [...order.filter((value) => seen[i]!.includes(value)), ...seen[i]!.filter((value) => !order.includes(value))];
    return seen[i]!;
  });
  const combos = axes.reduce<string[][]>((acc, values) => acc.flatMap((prefix) => values.map((value) => [...prefix, value])), [[]]);
  const valueColumn = sum ?? COUNT_COLUMN;
  return {
    columns: [...groupBy, valueColumn],
    rows: combos.map((combo) => {
      const row: Record<string, Cell> = Object.fromEntries(groupBy.map((column, i) => [column, combo[i]!]));
      row[valueColumn] = totals.get(JSON.stringify(combo)) ?? 0;
      return row;
    }),
  };
}

/** A problem for a column that does not exist, naming the column and the ones that do. */
export function missingColumn(file: string, field: string, column: string, available: readonly string[], where: string): ContentProblem {
  return {
    file,
    field,
    message: `de kolom "${column}" bestaat niet in ${where}; beschikbare kolommen: ${available.join(', ')}. Controleer de spelling of kies een van deze kolommen`,
  };
}
