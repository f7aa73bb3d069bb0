import type { VisualInput } from '../charts/types.ts';
import type { Dataset, DatasetField } from '../open-data/dataset.ts';
import { absoluteUrl, OPEN_DATA_NAMES, ROUTES } from './routes.ts';

/** The column that marks illustrative rows in every open data file. */
export const EXAMPLE: DatasetField = {
  name: 'voorbeeld',
  type: 'boolean',
  required: true,
  description: 'Ja als de rij ter illustratie is bedacht en geen verslag van de echte dialoog is',
};

/**
 * The numbers behind one chart as a dataset: the one writer of a chart's data, for its CSV on
 * /cijfers/ and its CSV and JSON on /open-data/. Illustrative numbers get a "voorbeeld" column
 * with "ja" on every row, so the label travels with the file into any spreadsheet.
 */
export function visualDataset(visual: VisualInput, baseUrl: string): Dataset {
  const { columns, rows } = visual.table;
  const heading = (column: string) => visual.spec.columns[column] ?? visual.columnLabels[column] ?? column;
  const mark = visual.example && !columns.includes(EXAMPLE.name);
  return {
    name: OPEN_DATA_NAMES.visual(visual.slug),
    title: `Cijfers achter de grafiek: ${visual.spec.title}${visual.example ? ' (voorbeeld)' : ''}`,
    description: `${visual.spec.caption} Bron: ${visual.spec.source}.${visual.example ? ' De cijfers zijn een voorbeeld ter illustratie.' : ''} Grafiek: ${absoluteUrl(baseUrl, ROUTES.visual(visual.slug))}`,
    // The catalogue says of the whole dataset that it is an example (src/open-data/dcat-terms.ts).
    example: visual.example,
    fields: [
      ...columns.map((column): DatasetField => {
        const values = rows.map((row) => row[column]);
        const numeric = values.length > 0 && values.every((value) => typeof value === 'number');
        return {
          name: column,
          type: numeric ? (values.every((value) => Number.isInteger(value)) ? 'integer' : 'number') : 'string',
          description: heading(column),
        };
      }),
      ...(mark ? [{ ...EXAMPLE, description: 'Ja: de cijfers van deze grafiek zijn een voorbeeld ter illustratie' }] : []),
    ],
    rows: rows.map((row) => ({
      ...Object.fromEntries(columns.map((column) => [column, row[column] ?? null])),
      ...(mark ? { [EXAMPLE.name]: true } : {}),
    })),
  };
}
