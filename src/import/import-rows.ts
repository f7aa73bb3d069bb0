import { dsvFormat } from 'd3-dsv';
import { findBrokenReferences, referencingEntries, type KnownIds } from '../data/references.ts';
import { cellCountProblem, ContentError, duplicateIdProblem, formatRowProblem } from '../messages/content-problems.ts';
import { checkCsvRow, readCsvRecords } from '../loaders/parse-csv.ts';
import { CSV_SCHEMAS, type CsvCollection } from '../model/csv-content.ts';
import { CANONICAL_COLUMNS, mapColumns, normaliseCell } from './import-columns.ts';

/** A row of a content file: one cell per canonical column, as text. */
export type CsvRecord = Record<string, string>;

/** A row that was not imported, with its spreadsheet row number and every reason. */
export interface RejectedRow {
  line: number;
  reasons: string[];
}

/** What an import would do; nothing is written yet. */
export interface ImportPlan {
  /** Problems with the file as a whole (unreadable, unknown columns): nothing is imported. */
  fatal: string[];
  /** Non-empty data rows in the import file. */
  read: number;
  /** Rows that pass and are new. */
  accepted: CsvRecord[];
  /** Rows identical to a row already in the content file. */
  alreadyPresent: number[];
  rejected: RejectedRow[];
}

/** Ids that rows may point to, per collection. */
export type { KnownIds } from '../data/references.ts';

const keyOf = (collection: CsvCollection, record: CsvRecord) =>
  collection === 'tables' ? record['id']!.toLowerCase() : `${record['table']}|${record['text']!.toLowerCase()}`;
/** Rows are the same when they are after normalising, so "ja"/"x" or "Wonen"/"wonen" do not count as a change. */
const sameRow = (collection: CsvCollection, a: CsvRecord, b: CsvRecord) =>
  CANONICAL_COLUMNS[collection].every((column) => normaliseCell(column, a[column] ?? '') === normaliseCell(column, b[column] ?? ''));

/** The rows of a spreadsheet export, or undefined with the reasons added to `fatal` when the file cannot be read as CSV. */
export function readImportRecords(text: string, file: string, fatal: string[]): ReturnType<typeof readCsvRecords> | undefined {
  try {
    return readCsvRecords(text, file);
  } catch (caught) {
    if (!(caught instanceof ContentError)) throw caught;
    fatal.push(...caught.problems.map((problem) => problem.message));
    return undefined;
  }
}

/**
 * Validates every row of a spreadsheet export against the content schema, the known ids
 * and the rows already there. Every row ends up in exactly one bucket: accepted, already
 * present or rejected (with reasons), so none disappears silently.
 */
export function planImport(
  collection: CsvCollection,
  text: string,
  file: string,
  existing: readonly CsvRecord[],
  known: KnownIds,
): ImportPlan {
  const plan: ImportPlan = { fatal: [], read: 0, accepted: [], alreadyPresent: [], rejected: [] };
  const records = readImportRecords(text, file, plan.fatal);
  if (!records) return plan;
  const mapping = mapColumns(collection, records.columns);
  plan.fatal.push(...mapping.problems);
  plan.read = records.rows.length;
  if (records.rows.length === 0) plan.fatal.push('het bestand bevat geen rijen onder de kopregel');
  if (plan.fatal.length > 0) return plan;

  const existingByKey = new Map(existing.map((record) => [keyOf(collection, record), record]));
  const importedAt = new Map<string, number>();
  const schema = CSV_SCHEMAS[collection];
  for (const { line, cells } of records.rows) {
    if (cells.length !== records.columns.length) {
      plan.rejected.push({ line, reasons: [formatRowProblem(cellCountProblem(file, line, cells.length, records.columns))] });
      continue;
    }
    const record: CsvRecord = Object.fromEntries(CANONICAL_COLUMNS[collection].map((column) => [column, normaliseCell(column, '')]));
    mapping.fields.forEach((field, index) => (record[field] = normaliseCell(field, cells[index] ?? '')));
    const checked = checkCsvRow(schema, record, file, line);
    const problems = checked.data
      ? findBrokenReferences(referencingEntries(collection, checked.data as Record<string, unknown>, file, line), known)
      : checked.problems;
    const reasons = problems.map(formatRowProblem);
    const key = keyOf(collection, record);
    const before = existingByKey.get(key);
    const earlier = importedAt.get(key);
    if (reasons.length === 0 && before && sameRow(collection, before, record)) {
      plan.alreadyPresent.push(line);
      continue;
    }
    if (before)
      reasons.push(
        collection === 'tables'
          ? `tafel ${record['id']} staat al in het bestand met andere gegevens: pas die regel aan of importeer met --replace`
          : 'dit idee van deze tafel staat al in het bestand',
      );
    if (earlier !== undefined) {
      // A doubled id is the same fault as in the content file; a doubled idea is the import's own rule.
      reasons.push(
        collection === 'tables'
          ? formatRowProblem(duplicateIdProblem(file, line, record['id']!, earlier))
          : `dezelfde tafel en tekst staat ook op rij ${earlier} van dit bestand`,
      );
    }
    if (reasons.length > 0) {
      plan.rejected.push({ line, reasons });
      continue;
    }
    importedAt.set(key, line);
    plan.accepted.push(record);
  }
  return plan;
}

/** The rows of an existing content file in canonical columns, or none when there is no file. */
export function readExistingRecords(collection: CsvCollection, text: string | undefined, file: string): CsvRecord[] {
  if (text === undefined) return [];
  const { columns, rows } = readCsvRecords(text, file);
  return rows.map(({ cells }) =>
    Object.fromEntries(CANONICAL_COLUMNS[collection].map((column) => [column, cells[columns.indexOf(column)] ?? ''])),
  );
}

/** CSV text in canonical column order, comma separated, quoted where needed, UTF-8 without BOM, one row per line. */
export function formatContentCsv(collection: CsvCollection, records: readonly CsvRecord[]): string {
  const columns = CANONICAL_COLUMNS[collection];
  return `${dsvFormat(',').formatRows([[...columns], ...records.map((record) => columns.map((column) => record[column] ?? ''))])}\n`;
}
