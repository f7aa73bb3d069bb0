import type { FollowUpData, FollowUpUpdate, RecordDate } from '../schemas/followup.ts';
import type { FollowUpStatus } from '../schemas/site.ts';
import { formatDate } from '../charts/format.ts';
import { COLLECTION_TABLE, referencesOf } from '../collections/collection-table.ts';

/**
 * Pure rules about follow-ups, shared by the build (src/data/followups.ts), the content check
 * and the open data: which fields point where, the order of lists, the timeline, the status
 * that follows from it and counts.
 */

/** The status of a follow-up whose steps set none: the record does not say. Every site's statuses hold it. */
export const UNKNOWN_STATUS = 'onbekend';

/** The date of each source by id (undefined for a source without one), to date steps that only name their source. */
export type SourceDates = ReadonlyMap<string, RecordDate | undefined>;

/** The references of a follow-up, per field of the collection table. Statuses count as references to site.yaml. */
export function followUpRefs(data: Pick<FollowUpData, 'themes' | 'insights' | 'chapters' | 'tables' | 'updates' | 'responsible'>) {
  type Field = keyof typeof COLLECTION_TABLE.followups.references;
  return Object.fromEntries(
    referencesOf('followups', data).map(({ field, target, ids }) => [field, { collection: target, ids }]),
  ) as Record<Field, { collection: string; ids: string[] }>;
}

/** A step of the timeline as pages, the feed and the data files show it. */
export interface TimelineStep extends Omit<FollowUpUpdate, 'date'> {
  /** The step's own date, or its source's when the record only says when a document mentioned it. */
  date: RecordDate;
  /** True when the date is the date a document mentioned the step ("genoemd op"), not when it happened. */
  mentioned: boolean;
  /** Position in the follow-up's timeline, oldest first (1 first); stable anchor and feed id. */
  number: number;
  /** True when the step or its whole follow-up is illustrative. */
  example: boolean;
}

/** A step's date: its own, else its source's; undefined when neither is known (the check reports it). */
export function stepDate(update: FollowUpUpdate, sources: SourceDates): RecordDate | undefined {
  return update.date ?? (update.source === undefined ? undefined : sources.get(update.source));
}

/** The positions of the steps that neither have a date nor name a known source with one (the check reports them). */
export function undatedSteps(updates: readonly FollowUpUpdate[], sources: SourceDates): number[] {
  return updates.flatMap((update, index) =>
    stepDate(update, sources) === undefined && update.source !== undefined && sources.has(update.source) ? [index] : [],
  );
}

/** The updates oldest first, each dated, numbered and with the example label of its follow-up folded in. */
export function timelineOf(data: Pick<FollowUpData, 'updates' | 'example'>, sources: SourceDates): TimelineStep[] {
  return data.updates
    .map((update, index) => ({ update, index, date: stepDate(update, sources) ?? { date: new Date(0), precision: 'year' as const } }))
    .sort((a, b) => a.date.date.getTime() - b.date.date.getTime() || a.index - b.index)
    .map(({ update, date }, index) => ({
      ...update,
      date,
      mentioned: update.date === undefined,
      number: index + 1,
      example: data.example || update.example,
    }));
}

/**
 * Where a follow-up stands: the status of its latest step that changed it. No status is kept
 * apart from the steps, so a status is never newer than its source; where the steps set none,
 * the record does not say and the status is "onbekend".
 */
export function currentStatusOf(data: Pick<FollowUpData, 'updates' | 'example'>, sources: SourceDates): string {
  return (
    timelineOf(data, sources)
      .filter((step) => step.status !== undefined)
      .at(-1)?.status ?? UNKNOWN_STATUS
  );
}

/** The date of the newest step, as exact as its record: when the follow-up last changed. */
export function lastUpdated(data: Pick<FollowUpData, 'updates' | 'example'>, sources: SourceDates): RecordDate {
  return timelineOf(data, sources).at(-1)!.date;
}

/** The date of the oldest step: when the record first mentions the follow-up. */
export function firstMentioned(data: Pick<FollowUpData, 'updates' | 'example'>, sources: SourceDates): RecordDate {
  return timelineOf(data, sources)[0]!.date;
}

/** A record date as readers write it, no more exact than the record: "26 mei 2021", "juli 2021" or "2021". */
export function formatRecordDate(value: RecordDate): string {
  return formatDate(value);
}

/** A record date as ISO text at its own precision: "2021-05-26", "2021-07" or "2021", for data files and `datetime`. */
export function isoRecordDate(value: RecordDate): string {
  const iso = value.date.toISOString();
  return value.precision === 'year' ? iso.slice(0, 4) : value.precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
}

/** Most recently updated first; ties by id, so the order never depends on the file system. */
export function sortFollowUps<T extends { id: string; data: Pick<FollowUpData, 'updates' | 'example'> }>(
  entries: readonly T[],
  sources: SourceDates,
): T[] {
  const time = (entry: T) => lastUpdated(entry.data, sources).date.getTime();
  return [...entries].sort((a, b) => time(b) - time(a) || a.id.localeCompare(b.id));
}

/** How many follow-ups have each status, and how many of those are examples, in the order of site.yaml, zeros included. */
export function countByStatus(
  statuses: readonly FollowUpStatus[],
  followUps: readonly { status: string; example: boolean }[],
): { status: FollowUpStatus; count: number; examples: number }[] {
  return statuses.map((status) => {
    const matching = followUps.filter((entry) => entry.status === status.id);
    return { status, count: matching.length, examples: matching.filter((entry) => entry.example).length };
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
