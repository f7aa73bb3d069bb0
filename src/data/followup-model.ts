import type { FollowUpData, FollowUpUpdate, RecordDate } from '../schemas/followup.ts';
import type { FollowUpStatus } from '../schemas/site.ts';
import { formatDate } from '../charts/format.ts';
import { COLLECTION_TABLE, referencesOf } from '../collections/collection-table.ts';

/**
 * Pure rules about follow-ups, shared by the build (src/data/followups.ts), the content check
 * and the open data: which fields point where, the order of lists, the timeline and counts.
 */

/** The references of a follow-up, per field of the collection table. Statuses count as references to site.yaml. */
export function followUpRefs(data: Pick<FollowUpData, 'themes' | 'insights' | 'chapters' | 'tables' | 'status' | 'updates'>) {
  type Field = keyof typeof COLLECTION_TABLE.followups.references;
  return Object.fromEntries(
    referencesOf('followups', data).map(({ field, target, ids }) => [field, { collection: target, ids }]),
  ) as Record<Field, { collection: string; ids: string[] }>;
}

/** A step of the timeline as pages, the feed and the data files show it. */
export interface TimelineStep extends FollowUpUpdate {
  /** Position in the follow-up's timeline, oldest first (1 first); stable anchor and feed id. */
  number: number;
  /** True when the step or its whole follow-up is illustrative. */
  example: boolean;
}

/** The updates oldest first, each numbered and with the example label of its follow-up folded in. */
export function timelineOf(data: Pick<FollowUpData, 'updates' | 'example'>): TimelineStep[] {
  return data.updates
    .map((update, index) => ({ update, index }))
    .sort((a, b) => a.update.date.date.getTime() - b.update.date.date.getTime() || a.index - b.index)
    .map(({ update }, index) => ({ ...update, number: index + 1, example: data.example || update.example }));
}

/** The date of the newest update, as exact as its record: when the follow-up last changed. */
export function lastUpdated(data: Pick<FollowUpData, 'updates'>): RecordDate {
  return data.updates.map((update) => update.date).reduce((newest, date) => (date.date.getTime() > newest.date.getTime() ? date : newest));
}

/** A record date as readers write it, no more exact than the record: "26 mei 2021" or "juli 2021". */
export function formatRecordDate(value: RecordDate): string {
  return formatDate(value);
}

/** A record date as ISO text at its own precision: "2021-05-26" or "2021-07", for data files and `datetime`. */
export function isoRecordDate(value: RecordDate): string {
  const iso = value.date.toISOString();
  return value.precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
}

/** Most recently updated first; ties by id, so the order never depends on the file system. */
export function sortFollowUps<T extends { id: string; data: Pick<FollowUpData, 'updates'> }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => lastUpdated(b.data).date.getTime() - lastUpdated(a.data).date.getTime() || a.id.localeCompare(b.id));
}

/** How many follow-ups have each status, and how many of those are examples, in the order of site.yaml, zeros included. */
export function countByStatus(
  statuses: readonly FollowUpStatus[],
  followUps: readonly { data: Pick<FollowUpData, 'status' | 'example'> }[],
): { status: FollowUpStatus; count: number; examples: number }[] {
  return statuses.map((status) => {
    const matching = followUps.filter((entry) => entry.data.status === status.id);
    return { status, count: matching.length, examples: matching.filter((entry) => entry.data.example).length };
  });
}

/** A reference from a page (a theme, insight or chapter) to the follow-ups that answer it. */
export type AnsweredKind = 'themes' | 'insights' | 'chapters' | 'tables';

/** The follow-ups that answer one entry, in the order given. */
export function answering<T extends { data: Pick<FollowUpData, AnsweredKind> }>(
  followUps: readonly T[],
  kind: AnsweredKind,
  id: string,
): T[] {
  return followUps.filter((entry) => entry.data[kind].includes(id));
}
