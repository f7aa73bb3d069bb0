import type { RecordDate } from '../schemas/record-date.ts';
import type { SourceData } from '../schemas/source.ts';
import { formatDate } from '../charts/format.ts';

/** What the site needs of a source entry. */
export interface SourceEntry {
  id: string;
  data: SourceData;
}

/** Documents on record first, oldest first; the site's own summaries last; ties by id. */
export function sortSources<T extends SourceEntry>(sources: readonly T[]): T[] {
  const time = (entry: T) => entry.data.date?.date.getTime() ?? Number.POSITIVE_INFINITY;
  const rank = (entry: T) => (entry.data.kind === 'record' ? 0 : 1);
  return [...sources].sort((a, b) => rank(a) - rank(b) || time(a) - time(b) || a.id.localeCompare(b.id));
}

/** The sources by id, for lookups from steps, figures and notes. */
export function sourcesById<T extends SourceEntry>(sources: readonly T[]): Map<string, T> {
  return new Map(sources.map((source) => [source.id, source]));
}

/** A source as one line of text: "Title (publisher, juli 2021)", the date no more exact than known. */
export function citeSource(source: SourceData): string {
  const date: RecordDate | undefined = source.date;
  return `${source.title} (${source.publisher}${date ? `, ${formatDate(date)}` : ''})`;
}

/** The date of each source by id, for steps that are dated by the document that mentions them. */
export function sourceDatesOf(sources: readonly SourceEntry[]): Map<string, RecordDate | undefined> {
  return new Map(sources.map((source) => [source.id, source.data.date]));
}
