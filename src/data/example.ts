/**
 * Whether something shown on the site is illustrative ("voorbeeld") is computed here from
 * the rows it was made of, never remembered by an editor: a chart, a total, a provenance
 * list, a list of ideas or a share card is an example as soon as one of its input rows is.
 * A row is real when it is not marked `example`; a real dialogue table can name where it is
 * on record in its `source` column.
 */

/** Anything that carries the editor's own mark. */
export interface Flagged {
  example: boolean;
}

interface TableRow extends Flagged {
  id: string;
}

interface IdeaRow extends Flagged {
  table: string;
}

/** True when at least one of the rows is an example. */
export function anyExample(rows: readonly Flagged[]): boolean {
  return rows.some((row) => row.example);
}

/** The tables by id, for looking up where an idea came from. */
export function tablesById<T extends TableRow>(tables: readonly T[]): Map<string, T> {
  return new Map(tables.map((table) => [table.id, table]));
}

/** An idea is an example when it is marked so, or when the table it came from is. */
export function isExampleIdea(idea: IdeaRow, tables: ReadonlyMap<string, Flagged>): boolean {
  return idea.example || tables.get(idea.table)?.example === true;
}

/** A list of ideas is an example when any idea in it is. */
export function ideasAreExample(ideas: readonly IdeaRow[], tables: ReadonlyMap<string, Flagged>): boolean {
  return ideas.some((idea) => isExampleIdea(idea, tables));
}

/** A story is an example when it is marked so, or when the dialogue table it tells about is one. */
export function isExampleStory(story: Flagged & { table?: string | undefined }, tables: ReadonlyMap<string, Flagged>): boolean {
  return story.example || (story.table !== undefined && tables.get(story.table)?.example === true);
}

/** The column names a CSV may use to mark its own rows as examples. */
export const EXAMPLE_COLUMNS = ['example', 'voorbeeld'] as const;

const YES = new Set(['ja', 'true', '1', 'yes']);

/** True when a CSV of a visual marks any of its rows as an example in an `example` or `voorbeeld` column. */
export function csvRowsAreExample(rows: readonly Record<string, unknown>[]): boolean {
  return rows.some((row) =>
    EXAMPLE_COLUMNS.some((column) =>
      YES.has(
        String(row[column] ?? '')
          .trim()
          .toLowerCase(),
      ),
    ),
  );
}

/** Where a visual's numbers come from, as far as example-ness goes. */
export type VisualOrigin =
  | { kind: 'file'; rows: readonly Record<string, unknown>[] }
  | { kind: 'tables'; tables: readonly Flagged[] }
  | { kind: 'ideas'; ideas: readonly IdeaRow[]; tables: ReadonlyMap<string, Flagged> };

/**
 * A visual is an example when its spec says so (for numbers typed into a CSV by hand) or
 * when any row its numbers were counted from is one. The spec cannot make counted
 * example rows real: only the rows themselves can.
 */
export function isExampleVisual(specExample: boolean, origin: VisualOrigin): boolean {
  if (specExample) return true;
  switch (origin.kind) {
    case 'file':
      return csvRowsAreExample(origin.rows);
    case 'tables':
      return anyExample(origin.tables);
    case 'ideas':
      return ideasAreExample(origin.ideas, origin.tables);
  }
}

/** The kind of each source by id: a document on record, or text this site wrote itself. */
export function sourceKinds(sources: readonly { id: string; data: { kind: 'record' | 'summary' } }[]): Map<string, 'record' | 'summary'> {
  return new Map(sources.map((source) => [source.id, source.data.kind]));
}

/**
 * A text is written for this site, as an example, when it names a source that is this site's
 * own summary: its explanation is then no record, wherever it travels (pages, files, search).
 */
export function isWrittenForSite(sourceIds: readonly string[], kinds: ReadonlyMap<string, 'record' | 'summary'>): boolean {
  return sourceIds.some((id) => kinds.get(id) === 'summary');
}
