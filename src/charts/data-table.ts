import { csvFormatRows } from 'd3';
import { neutraliseCell } from '../open-data/neutralise-cell.ts';
import { formatDate, formatNumber, parseDate } from './format.ts';
import { CHART_TEXT, KNOWN_COLUMN_LABELS } from './labels.ts';
import { labelOf, seriesMatrix } from './prepare.ts';
import type { VisualInput } from './types.ts';

/** A table ready for HTML: headings, rows of display text, and which columns hold numbers (right-aligned). */
export interface DisplayTable {
  headers: string[];
  rows: string[][];
  numeric: boolean[];
}

/** The heading of a column: the spec's, the site's, or the column name with a capital. */
export function columnHeading(input: VisualInput, column: string): string {
  const name = input.spec.columns[column] ?? input.columnLabels[column] ?? KNOWN_COLUMN_LABELS[column] ?? column;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const DATE_KEYS = ['x', 'start', 'end'] as const;

/**
 * The chart's numbers as a table a screen reader or a sceptical reader can check. Charts
 * with two categories (stacked and grouped bars, dot matrix) become a cross table with a
 * row per category and a column per series, like the chart itself.
 */
export function toDisplayTable(input: VisualInput): DisplayTable {
  const { spec } = input;
  if (spec.type === 'stacked-bar' || spec.type === 'grouped-bar' || spec.type === 'dot-matrix') {
    const { categories, series, values } = seriesMatrix(input);
    const withTotal = spec.type !== 'dot-matrix';
    // A matrix of 0 and 1 says yes or no; words read better than digits there.
    const yesNo = !withTotal && [...values.values()].every((inner) => [...inner.values()].every((v) => v === 0 || v === 1));
    const cell = (value: number) => (yesNo ? (value === 1 ? CHART_TEXT.yes : CHART_TEXT.no) : formatNumber(value));
    return {
      headers: [columnHeading(input, spec.encoding.label ?? ''), ...series.map((s) => s.label), ...(withTotal ? [CHART_TEXT.total] : [])],
      rows: categories.map((c) => [
        c.label,
        ...series.map((s) => cell(values.get(c.key)?.get(s.key) ?? 0)),
        ...(withTotal ? [formatNumber(c.value)] : []),
      ]),
      numeric: [false, ...series.map(() => !yesNo), ...(withTotal ? [true] : [])],
    };
  }
  const dateColumns = new Set(DATE_KEYS.map((key) => spec.encoding[key]).filter(Boolean));
  const { columns, rows } = input.table;
  return {
    headers: columns.map((column) => columnHeading(input, column)),
    rows: rows.map((row) =>
      columns.map((column) => {
        const cell = row[column];
        if (typeof cell === 'number') return formatNumber(cell);
        const date = dateColumns.has(column) ? parseDate(cell) : undefined;
        return date ? formatDate(date) : labelOf(input, cell);
      }),
    ),
    numeric: columns.map((column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number')),
  };
}

/**
 * The data as CSV for download: the columns the spec reads, raw values, a point as decimal
 * mark. Illustrative numbers get a column that says so on every row, so the label travels
 * with the file into any spreadsheet.
 */
export function toCsv(input: VisualInput): string {
  const { columns, rows } = input.table;
  const mark = input.example && !columns.includes(CSV_EXAMPLE_COLUMN);
  const header = mark ? [...columns, CSV_EXAMPLE_COLUMN] : columns;
  const body = rows.map((row) => [...columns.map((column) => csvText(row[column])), ...(mark ? [CHART_TEXT.yes] : [])]);
  return `${csvFormatRows([header, ...body])}\n`;
}

/** A cell of the download: numbers as they are, text safe to open in a spreadsheet (src/open-data/neutralise-cell.ts). */
const csvText = (value: unknown) => (typeof value === 'string' ? neutraliseCell(value) : String(value ?? ''));

/** The column a CSV download of illustrative numbers gets, with "ja" on every row. */
export const CSV_EXAMPLE_COLUMN = 'voorbeeld';

/** The caption of the data table: the title, with the example label when the numbers are illustrative. */
export function tableCaption(input: VisualInput): string {
  return input.example ? `${input.spec.title} (${CHART_TEXT.example.toLowerCase()})` : input.spec.title;
}
