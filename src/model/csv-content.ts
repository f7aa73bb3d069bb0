import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTION_TABLE, type CsvCollection } from '../collections/collection-table.ts';
import { ContentError } from '../messages/content-problems.ts';
import { checkCsv } from '../loaders/parse-csv.ts';
import { shownPath } from '../messages/shown-path.ts';
import { error, type CheckProblem } from './problems.ts';

export type { CsvCollection } from '../collections/collection-table.ts';

/** The row schema of each CSV collection, from the collection table. */
export const CSV_SCHEMAS = { tables: COLLECTION_TABLE.tables.schema, ideas: COLLECTION_TABLE.ideas.schema } as const;
export type CsvRow<C extends CsvCollection> = { line: number; data: z.output<(typeof CSV_SCHEMAS)[C]> };

/** The id of a row, for collections whose rows carry one (duplicates are refused). */
const ID_OF: { [C in CsvCollection]?: (row: CsvRow<C>['data']) => string } = { tables: (row) => row[COLLECTION_TABLE.tables.idField] };

/**
 * Every row of a CSV content file that passed its schema, plus a problem for every row that did
 * not, checked by the same function as the build's loader. `ids` holds the id cell of every row,
 * valid or not, so a row with one bad cell is reported once and not again by every entry that
 * refers to it.
 */
export function loadCsv<C extends CsvCollection>(
  contentDir: string,
  collection: C,
): { rows: CsvRow<C>[]; ids: string[]; problems: CheckProblem[] } {
  const absolute = path.join(contentDir, COLLECTION_TABLE[collection].file);
  const file = shownPath(absolute);
  if (!existsSync(absolute)) {
    return {
      rows: [],
      ids: [],
      problems: [
        error({
          file,
          field: '(bestand)',
          message: 'het bestand ontbreekt',
          fix: `maak ${COLLECTION_TABLE[collection].file} aan of importeer het met npm run import -- ${collection} <bestand.csv>`,
        }),
      ],
    };
  }
  try {
    const checked = checkCsv(
      readFileSync(absolute, 'utf8'),
      CSV_SCHEMAS[collection] as z.ZodType,
      file,
      ID_OF[collection] as ((row: unknown) => string) | undefined,
    );
    return { rows: checked.rows as CsvRow<C>[], ids: checked.ids, problems: checked.problems.map((problem) => error(problem)) };
  } catch (caught) {
    if (!(caught instanceof ContentError)) throw caught;
    return { rows: [], ids: [], problems: caught.problems.map((problem) => error(problem)) };
  }
}
