import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { ContentError } from '../../src/loaders/format-issues.ts';
import { readCsvRecords } from '../../src/loaders/parse-csv.ts';
import { ideaSchema } from '../../src/schemas/idea.ts';
import { tableSchema } from '../../src/schemas/table.ts';
import { shownPath } from './content-files.ts';
import { error, type CheckProblem } from './problems.ts';
import { shownInput, validate } from './schema-problems.ts';

/** The two spreadsheets of a content folder and their row schemas. */
export const CSV_SCHEMAS = { tables: tableSchema, ideas: ideaSchema } as const;
export type CsvCollection = keyof typeof CSV_SCHEMAS;
export type CsvRow<C extends CsvCollection> = { line: number; data: z.output<(typeof CSV_SCHEMAS)[C]> };

/**
 * Every row of a CSV content file that passed its schema, plus a problem for every row that did
 * not. `ids` holds the id cell of every row, valid or not, so a row with one bad cell is reported
 * once and not again by every entry that refers to it.
 */
export function loadCsv<C extends CsvCollection>(contentDir: string, collection: C): { rows: CsvRow<C>[]; ids: string[]; problems: CheckProblem[] } {
  const absolute = path.join(contentDir, `${collection}.csv`);
  const file = shownPath(absolute);
  if (!existsSync(absolute)) {
    return { rows: [], ids: [], problems: [error({ file, field: '(bestand)', message: 'het bestand ontbreekt', fix: `maak ${collection}.csv aan of importeer het met npm run import -- ${collection} <bestand.csv>` })] };
  }
  let records;
  try {
    records = readCsvRecords(readFileSync(absolute, 'utf8'), file);
  } catch (caught) {
    if (!(caught instanceof ContentError)) throw caught;
    return { rows: [], ids: [], problems: caught.problems.map((problem) => error(problem)) };
  }
  const schema = CSV_SCHEMAS[collection];
  const rows: CsvRow<C>[] = [];
  const problems: CheckProblem[] = [];
  for (const { line, cells } of records.rows) {
    if (cells.length !== records.columns.length) {
      problems.push(error({ file, line, field: '(rij)', message: `de rij heeft ${cells.length} cellen en de kopregel ${records.columns.length} kolommen`, fix: 'controleer scheidingstekens en aanhalingstekens in deze rij' }));
      continue;
    }
    const result = validate(schema, Object.fromEntries(records.columns.map((column, index) => [column, cells[index] ?? ''])));
    if (result.data) rows.push({ line, data: result.data as CsvRow<C>['data'] });
    for (const issue of result.issues) {
      const field = issue.path.map(String).join('.') || '(rij)';
      problems.push(error({ file, line, field, message: issue.message + shownInput(issue.input, issue.message), fix: issue.code === 'unrecognized_keys' ? undefined : 'verbeter de cel in de spreadsheet en exporteer opnieuw, of pas de regel hier aan' }));
    }
  }
  if (records.rows.length === 0) problems.push(error({ file, field: '(bestand)', message: 'het bestand bevat geen rijen onder de kopregel' }));
  if (collection === 'tables') {
    const first = new Map<string, number>();
    for (const { line, data } of rows as CsvRow<'tables'>[]) {
      const seen = first.get(data.id);
      if (seen === undefined) first.set(data.id, line);
      else problems.push(error({ file, line, field: 'id', message: `"${data.id}" staat ook al op regel ${seen}`, fix: 'geef elke tafel een eigen id' }));
    }
  }
  const idColumn = records.columns.indexOf('id');
  const ids = idColumn < 0 ? [] : records.rows.map(({ cells }) => (cells[idColumn] ?? '').trim()).filter((id) => id !== '');
  return { rows, ids, problems };
}
