import { dsvFormat } from 'd3-dsv';
import type { z } from 'astro/zod';
import {
  cellCountProblem,
  ContentError,
  duplicateIdProblem,
  emptyCsvProblem,
  issuesToProblems,
  notUtf8Problem,
  type ContentProblem,
} from '../messages/content-problems.ts';

export interface ParsedCsvRow<T> {
  /** 1-based row number as a spreadsheet shows it (the header is row 1). */
  line: number;
  data: T;
}

export interface CsvRecords {
  separator: ',' | ';';
  columns: string[];
  /** Data rows as arrays of cells, with their row number. */
  rows: { line: number; cells: string[] }[];
}

/**
 * Reads CSV text as a spreadsheet exports it: strips a byte-order mark, detects comma or
 * semicolon from the header, rejects text that is not UTF-8 and skips fully empty rows.
 */
export function readCsvRecords(text: string, file: string): CsvRecords {
  if (text.includes('\uFFFD')) {
    throw new ContentError([notUtf8Problem(file)], 'Het CSV-bestand kan niet worden gelezen');
  }
  const clean = text.replace(/^\uFEFF/, '');
  const header = clean.split(/\r?\n/, 1)[0] ?? '';
  const separator = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const [columns = [], ...body] = dsvFormat(separator).parseRows(clean);
  const rows = body.map((cells, index) => ({ line: index + 2, cells })).filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  return { separator, columns: columns.map((column) => column.trim()), rows };
}

/** One row of a CSV file checked against its schema: the data, or the problems of its cells. */
export function checkCsvRow<S extends z.ZodType>(
  schema: S,
  record: Record<string, string>,
  file: string,
  line: number,
): { data?: z.output<S>; problems: ContentProblem[] } {
  const parsed = schema.safeParse(record, { reportInput: true });
  return parsed.success ? { data: parsed.data, problems: [] } : { problems: issuesToProblems(parsed.error.issues, file, line) };
}

/** Every row of a CSV content file checked once: cell counts, the schema, an empty file and (with `idOf`) duplicate ids. */
export interface CheckedCsv<T> {
  rows: ParsedCsvRow<T>[];
  problems: ContentProblem[];
  /** The id cell of every row, valid or not, so a row with one bad cell is not reported again by every entry that points at it. */
  ids: string[];
}

/**
 * Reads CSV text and validates every row against a schema, collecting every problem, so an
 * editor sees all bad rows at once. Nothing is dropped silently: a row with the wrong number
 * of cells is a problem, not a guess. The one row check of the build, the check and the import.
 */
export function checkCsv<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  idOf?: (row: z.output<S>) => string,
): CheckedCsv<z.output<S>> {
  const { columns, rows } = readCsvRecords(text, file);
  const problems: ContentProblem[] = [];
  const result: ParsedCsvRow<z.output<S>>[] = [];
  for (const { line, cells } of rows) {
    if (cells.length !== columns.length) {
      problems.push(cellCountProblem(file, line, cells.length, columns));
      continue;
    }
    const checked = checkCsvRow(schema, Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? ''])), file, line);
    if (checked.data !== undefined) result.push({ line, data: checked.data });
    problems.push(...checked.problems);
  }
  if (rows.length === 0) problems.push(emptyCsvProblem(file));
  if (idOf) {
    const first = new Map<string, number>();
    for (const { line, data } of result) {
      const id = idOf(data);
      const seen = first.get(id);
      if (seen === undefined) first.set(id, line);
      else problems.push(duplicateIdProblem(file, line, id, seen));
    }
  }
  const idColumn = columns.indexOf('id');
  const ids = idColumn < 0 ? [] : rows.map(({ cells }) => (cells[idColumn] ?? '').trim()).filter((id) => id !== '');
  return { rows: result, problems, ids };
}

/** The rows of a CSV file that passes `checkCsv`; throws a ContentError with every problem otherwise. */
export function parseCsv<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  idOf?: (row: z.output<S>) => string,
): ParsedCsvRow<z.output<S>>[] {
  const { rows, problems } = checkCsv(text, schema, file, idOf);
  if (problems.length > 0) throw new ContentError(problems, `${file} bevat fouten`);
  return rows;
}

/** A visual's own CSV data as a table of trimmed text cells, with each row's number for messages; every row must have as many cells as the header. */
export function readDataTable(
  text: string,
  file: string,
): { table: { columns: string[]; rows: Record<string, string>[] }; lines: number[] } {
  const { columns, rows } = readCsvRecords(text, file);
  const problems = rows
    .filter(({ cells }) => cells.length !== columns.length)
    .map(({ line, cells }) => cellCountProblem(file, line, cells.length, columns));
  if (rows.length === 0) problems.push(emptyCsvProblem(file));
  if (problems.length > 0) throw new ContentError(problems, `${file} bevat fouten`);
  return {
    table: { columns, rows: rows.map(({ cells }) => Object.fromEntries(columns.map((column, i) => [column, (cells[i] ?? '').trim()]))) },
    lines: rows.map(({ line }) => line),
  };
}
