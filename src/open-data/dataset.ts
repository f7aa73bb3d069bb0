import { createHash } from 'node:crypto';
import { neutraliseCell } from './neutralise-cell.ts';

/**
 * An open data file as plain data: its columns with types and Dutch descriptions, and its rows.
 * One dataset becomes a CSV and a JSON file and two resources of datapackage.json, so the
 * files and their description are made from the same definition and cannot drift apart.
 */
export interface Dataset {
  /** File name without extension and resource name: lower case, digits and hyphens. */
  name: string;
  title: string;
  description: string;
  fields: DatasetField[];
  rows: Record<string, DatasetValue>[];
  /** Column(s) that identify a row. */
  primaryKey?: string[];
  /** Every row is invented for illustration (a chart whose numbers are an example); rows can also say it one by one in a `voorbeeld` column. */
  example?: boolean;
  /** Columns that point at another dataset's key. */
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
}

export type DatasetValue = string | number | boolean | string[] | null;

/** A column. `list` columns are arrays in JSON and a `;`-separated string in CSV. */
export interface DatasetField {
  name: string;
  /** Frictionless Table Schema type of the value (for `list`, of each item). */
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  list?: boolean;
  /** Every row has a value. */
  required?: boolean;
  /** The values a column may hold. */
  enum?: readonly string[];
  /** A regular expression every value matches, e.g. for dates as exact as their record. */
  pattern?: string;
  /** `uri` for links. */
  format?: 'uri';
}

/** How booleans read in the CSV files: Dutch words, declared in the schema so software reads them as booleans. */
export const CSV_TRUE = 'ja';
export const CSV_FALSE = 'nee';
/** The separator of list cells in CSV. */
export const CSV_LIST_SEPARATOR = ';';

const csvCell = (value: DatasetValue): string => {
  if (value === null) return '';
  if (Array.isArray(value)) return neutraliseCell(value.join(CSV_LIST_SEPARATOR));
  if (typeof value === 'boolean') return value ? CSV_TRUE : CSV_FALSE;
  return typeof value === 'string' ? neutraliseCell(value) : String(value);
};

/**
 * A cell as CSV writes it: quoted when it holds a comma, quote or line break (RFC 4180), and also a
 * semicolon. Dutch Excel opens a .csv with ";" as its separator: an unquoted "idee;=cmd|' /C calc'!A0"
 * would become two cells there, the second a formula that neutraliseCell never saw at a cell's start.
 */
const quoteCell = (cell: string): string => (/[",;\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** The dataset as CSV (UTF-8, comma, header row, empty cell for no value). */
export function datasetToCsv(dataset: Dataset): string {
  const names = dataset.fields.map((field) => field.name);
  const rows = [names, ...dataset.rows.map((row) => names.map((name) => csvCell(row[name] ?? null)))];
  return `${rows.map((cells) => cells.map(quoteCell).join(',')).join('\n')}\n`;
}

/** The dataset as JSON: an array of objects with the columns in schema order, lists as arrays. */
export function datasetToJson(dataset: Dataset): string {
  const rows = dataset.rows.map((row) => Object.fromEntries(dataset.fields.map((field) => [field.name, row[field.name] ?? null])));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** Size and SHA-256 of a file's text, as datapackage.json states them. */
export function fingerprint(text: string): { bytes: number; hash: string } {
  const buffer = Buffer.from(text, 'utf8');
  return { bytes: buffer.length, hash: `sha256:${createHash('sha256').update(buffer).digest('hex')}` };
}
