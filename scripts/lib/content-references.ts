import { findDuplicateNumbers } from '../../src/data/ordering.ts';
import { DEFAULT_FOLLOW_UP_STATUSES } from '../../src/schemas/site.ts';
import { findBrokenReferences, type KnownIds, type ReferencingEntry } from '../../src/data/references.ts';
import type { CsvRow } from './csv-content.ts';
import { findFieldLine } from './front-matter.ts';
import type { LoadedEntry } from './load-content.ts';
import { error, type CheckProblem } from './problems.ts';

/** Which fields of which collection point at which collection (as in src/data/harvest.ts). */
const REFERENCE_FIELDS: Record<string, Record<string, string>> = {
  themes: { related: 'themes' },
  insights: { themes: 'themes', visuals: 'visuals', tables: 'tables' },
  chapters: { themes: 'themes', insights: 'insights', tables: 'tables' },
  stories: { themes: 'themes', table: 'tables' },
  visuals: { themes: 'themes' },
  faq: { themes: 'themes' },
  followups: { status: 'statuses', themes: 'themes', insights: 'insights', chapters: 'chapters', tables: 'tables' },
};

/** The status ids of site.yaml (its defaults when it names none), for follow-ups' references. */
export function followUpStatusIds(entries: readonly LoadedEntry[]): string[] {
  const statuses = entries.find((entry) => entry.collection === 'site')?.data?.['followUpStatuses'];
  return (Array.isArray(statuses) ? statuses : DEFAULT_FOLLOW_UP_STATUSES).map((status: { id: string }) => status.id);
}

const asIds = (value: unknown): string[] => (Array.isArray(value) ? value.filter((id) => typeof id === 'string') : typeof value === 'string' ? [value] : []);

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
    for (const [field, collection] of Object.entries(REFERENCE_FIELDS[entry.collection] ?? {})) {
      const line = findFieldLine(entry.yamlText, [field]);
      referencing.push({ file: entry.file, line: line === undefined ? undefined : line + entry.lineOffset, refs: { [field]: { collection, ids: asIds(data[field]) } } });
    }
  }
  for (const entry of entries.filter((e) => e.collection === 'followups')) {
    // A step's status is a reference too; raw values, so a typo is reported even when another field is wrong.
    const updates = (entry.data ?? entry.raw)?.['updates'];
    const ids = Array.isArray(updates) ? updates.flatMap((update: unknown) => asIds((update as Record<string, unknown> | null)?.['status'])) : [];
    const line = findFieldLine(entry.yamlText, ['updates']);
    referencing.push({ file: entry.file, line: line === undefined ? undefined : line + entry.lineOffset, refs: { 'updates.status': { collection: 'statuses', ids } } });
  }
  for (const { line, data } of tables) referencing.push({ file: files.tables, line, refs: { themes: { collection: 'themes', ids: data.themes } } });
  for (const { line, data } of ideas) {
    referencing.push({ file: files.ideas, line, refs: { table: { collection: 'tables', ids: [data.table] }, theme: { collection: 'themes', ids: [data.theme] } } });
  }
  const idsOf = (collection: string) => new Set(entries.filter((entry) => entry.collection === collection).map((entry) => entry.id));
  const known: KnownIds = {
    themes: idsOf('themes'),
    insights: idsOf('insights'),
    visuals: idsOf('visuals'),
    chapters: idsOf('chapters'),
    tables: new Set(tableIds),
    statuses: new Set(followUpStatusIds(entries)),
  };
  const numbered = (collection: string, field: string) =>
    findDuplicateNumbers(
      entries.filter((entry) => entry.collection === collection && typeof entry.data?.[field] === 'number').map((entry) => ({ file: entry.file, value: entry.data![field] as number })),
      field,
    );
  return [
    ...findBrokenReferences(referencing, known).map((problem) =>
      error({ ...problem, fix: problem.message.includes('bedoelt u') ? 'verbeter de verwijzing' : 'gebruik een bestaande slug of maak de ontbrekende inhoud aan' }),
    ),
    ...[...numbered('chapters', 'order'), ...numbered('insights', 'number')].map((problem) => error(problem)),
  ];
}
