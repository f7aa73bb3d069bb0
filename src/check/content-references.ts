import type { CollectionName } from '../collections/collection-table.ts';
import { findDuplicateNumbers } from '../data/ordering.ts';
import { undatedSteps } from '../data/followup-model.ts';
import type { RecordDate } from '../schemas/record-date.ts';
import { DEFAULT_FOLLOW_UP_STATUSES } from '../schemas/site.ts';
import {
  findBrokenReferences,
  referencingEntries,
  REFERENCED_COLLECTIONS,
  type KnownIds,
  type ReferencingEntry,
} from '../data/references.ts';
import type { CsvRow } from '../model/csv-content.ts';
import { findFieldLine } from '../model/front-matter.ts';
import type { LoadedEntry } from '../model/load-content.ts';
import { error, type CheckProblem } from '../model/problems.ts';

/** The status ids of site.yaml (its defaults when it names none), for follow-ups' references. */
export function followUpStatusIds(entries: readonly LoadedEntry[]): string[] {
  const statuses = entries.find((entry) => entry.collection === 'site')?.data?.['followUpStatuses'];
  return (Array.isArray(statuses) ? statuses : DEFAULT_FOLLOW_UP_STATUSES).map((status: { id: string }) => status.id);
}

/**
 * The ids references may point at in a content model: every entry of the collections the table's
 * reference fields name (valid or not, so one wrong field does not break every reference to the
 * entry), the given table ids and the statuses of site.yaml. The check and both imports use it.
 */
export function knownIdsOf(model: { readonly entries: readonly LoadedEntry[] }, tableIds: readonly string[]): KnownIds {
  return {
    ...Object.fromEntries(
      REFERENCED_COLLECTIONS.map((collection) => [
        collection,
        new Set(model.entries.filter((entry) => entry.collection === collection).map((entry) => entry.id)),
      ]),
    ),
    tables: new Set(tableIds),
    statuses: new Set(followUpStatusIds(model.entries)),
  };
}

/** Every reference between entries and spreadsheet rows that points nowhere, and duplicate numbers. */
export function checkReferences(
  entries: readonly LoadedEntry[],
  tables: readonly CsvRow<'tables'>[],
  ideas: readonly CsvRow<'ideas'>[],
  files: { tables: string; ideas: string },
  tableIds: readonly string[] = tables.map((row) => row.data.id),
): CheckProblem[] {
  const referencing: ReferencingEntry[] = [];
  for (const entry of entries) {
    // Raw values too, so a typo in a slug is reported even when another field is wrong.
    const data = entry.data ?? entry.raw;
    if (!data) continue;
    const lineOf = (field: string) => {
      const line = findFieldLine(entry.yamlText, [field.split('.')[0]!]);
      return line === undefined ? undefined : line + entry.lineOffset;
    };
    referencing.push(...referencingEntries(entry.collection as CollectionName, data, entry.file, lineOf));
  }
  for (const { line, data } of tables) referencing.push(...referencingEntries('tables', data, files.tables, line));
  for (const { line, data } of ideas) referencing.push(...referencingEntries('ideas', data, files.ideas, line));
  const known = knownIdsOf({ entries }, tableIds);
  const numbered = (collection: string, field: string) =>
    findDuplicateNumbers(
      entries
        .filter((entry) => entry.collection === collection && typeof entry.data?.[field] === 'number')
        .map((entry) => ({ file: entry.file, value: entry.data![field] as number })),
      field,
    );
  return [
    ...findBrokenReferences(referencing, known),
    ...numbered('chapters', 'order'),
    ...numbered('insights', 'number'),
    ...findUndatedSteps(entries),
  ].map((problem) => error(problem));
}

/** Follow-up steps without a date whose source has none either: the timeline could not place them. */
function findUndatedSteps(entries: readonly LoadedEntry[]) {
  const sources = new Map(
    entries
      .filter((entry) => entry.collection === 'sources' && entry.data)
      .map((entry) => [entry.id, entry.data!['date'] as RecordDate | undefined]),
  );
  return entries
    .filter((entry) => entry.collection === 'followups' && entry.data)
    .flatMap((entry) =>
      undatedSteps(entry.data!['updates'] as Parameters<typeof undatedSteps>[0], sources).map((index) => ({
        file: entry.file,
        line: (findFieldLine(entry.yamlText, ['updates']) ?? 1) + entry.lineOffset,
        field: `updates.${index}.date`,
        message: 'deze stap heeft geen datum, en zijn bron ook niet',
        fix: 'geef de stap een datum (date: JJJJ-MM-DD, JJJJ-MM of JJJJ) of kies een bron met een datum',
      })),
    );
}
