import { dsvFormat } from 'd3-dsv';
import type { z } from 'astro/zod';
import { ContentError, issuesToProblems, type ContentProblem } from './format-issues';

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
    throw new ContentError(
      [{ file, field: '(hele bestand)', message: 'het bestand is geen geldige UTF-8-tekst: sla het op als "CSV UTF-8" en probeer opnieuw' }],
      'Het CSV-bestand kan niet worden gelezen',
    );
  }
  const clean = text.replace(/^\uFEFF/, '');
  const header = clean.split(/\r?\n/, 1)[0] ?? '';
  const separator = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const [columns = [], ...body] = dsvFormat(separator).parseRows(clean);
  const rows = body
    .map((cells, index) => ({ line: index + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  return { separator, columns: columns.map((column) => column.trim()), rows };
}

/**
 * Parses CSV text and validates every row against a schema. Collects every problem
 * before throwing, so an editor sees all bad rows at once. Nothing is dropped silently:
 * a row with the wrong number of cells is an error, not a guess.
 */
export function parseCsv<S extends z.ZodType>(text: string, schema: S, file: string): ParsedCsvRow<z.output<S>>[] {
  const { columns, rows } = readCsvRecords(text, file);
  const problems: ContentProblem[] = [];
  const result: ParsedCsvRow<z.output<S>>[] = [];
  for (const { line, cells } of rows) {
    if (cells.length !== columns.length) {
      problems.push({
        file,
        line,
        field: '(rij)',
        message: `de rij heeft ${cells.length} cellen, de kopregel ${columns.length} kolommen (${columns.join(', ')}): controleer de scheidingstekens en aanhalingstekens`,
      });
      continue;
    }
    const record = Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? '']));
    const parsed = schema.safeParse(record, { reportInput: true });
    if (parsed.success) result.push({ line, data: parsed.data });
    else problems.push(...issuesToProblems(parsed.error.issues, file, line));
  }
  if (rows.length === 0) {
    problems.push({ file, field: '(hele bestand)', message: 'het bestand bevat geen rijen onder de kopregel' });
  }
  if (problems.length > 0) throw new ContentError(problems, `${file} bevat fouten`);
  return result;
}
