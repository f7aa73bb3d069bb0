import { COLLECTION_TABLE, referencesOf, type CollectionName } from '../collections/collection-table.ts';
import type { ContentProblem } from '../messages/content-problems.ts';

/** What the reference check needs of an entry: where it lives and what it points to. */
export interface ReferencingEntry {
  file: string;
  line?: number | undefined;
  /** Field name → referenced ids. */
  refs: Record<string, { collection: string; ids: readonly string[] }>;
}

/** Ids that exist, per collection. */
export type KnownIds = Record<string, ReadonlySet<string>>;

/**
 * What one entry or CSV row of a collection points at, one item per reference field of the
 * collection table. `line` is the line of every field (a CSV row) or finds the line of each.
 * Reads raw front matter as well as parsed data, so a typo in a slug is reported even when
 * another field of the entry is wrong.
 */
export function referencingEntries(
  collection: CollectionName,
  data: Readonly<Record<string, unknown>>,
  file: string,
  line?: number | ((field: string) => number | undefined),
): ReferencingEntry[] {
  return referencesOf(collection, data).map(({ field, target, ids }) => ({
    file,
    line: typeof line === 'function' ? line(field) : line,
    refs: { [field]: { collection: target, ids } },
  }));
}

/** The collections whose entries the reference check knows by id (every target of the table but the statuses of site.yaml). */
export const REFERENCED_COLLECTIONS = [
  ...new Set(Object.values(COLLECTION_TABLE).flatMap((entry) => Object.values(entry.references as Record<string, string>))),
].filter((target) => target !== 'statuses') as CollectionName[];

const { themes, insights, visuals, chapters, sources, tables, site } = COLLECTION_TABLE;
const COLLECTION_NAMES: Record<string, string> = {
  themes: `thema's (content/${themes.folder}/)`,
  insights: `inzichten (content/${insights.folder}/)`,
  visuals: `visuals (content/${visuals.folder}/)`,
  chapters: `hoofdstukken (content/${chapters.folder}/)`,
  sources: `bronnen (content/${sources.folder}/)`,
  statuses: `statussen (followUpStatuses in ${site.file})`,
};

/**
 * Finds every reference to an entry that does not exist. Pure, so it can be tested and
 * reused by `npm run check`; the build calls it through `getHarvest()`.
 */
export function findBrokenReferences(entries: readonly ReferencingEntry[], known: KnownIds): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    for (const [field, { collection, ids }] of Object.entries(entry.refs)) {
      const existing = known[collection] ?? new Set<string>();
      for (const id of ids) {
        if (existing.has(id)) continue;
        const suggestions = suggest(id, existing);
        const what =
          collection === 'tables'
            ? `"${id}" bestaat niet: de tafel "${id}" staat niet in ${tables.file}`
            : `"${id}" bestaat niet bij de ${COLLECTION_NAMES[collection] ?? collection}`;
        problems.push({
          file: entry.file,
          line: entry.line,
          field,
          message:
            what +
            (suggestions.length > 0
              ? `; bedoel je ${suggestions.map((s) => `"${s}"`).join(' of ')}?`
              : `; kies uit: ${[...existing].sort().slice(0, 12).join(', ')}`),
          fix:
            suggestions.length > 0
              ? 'verbeter de verwijzing'
              : collection === 'tables'
                ? `gebruik een tafel-id uit ${tables.file} of importeer eerst de tafels`
                : 'gebruik een bestaande slug of maak de ontbrekende inhoud aan',
        });
      }
    }
  }
  return problems;
}

/** Up to two known ids that look like the typo. */
function suggest(id: string, known: ReadonlySet<string>): string[] {
  return [...known]
    .map((candidate) => ({ candidate, distance: editDistance(id, candidate) }))
    .filter(({ distance, candidate }) => distance <= Math.max(2, Math.floor(candidate.length / 4)))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, 2)
    .map(({ candidate }) => candidate);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
