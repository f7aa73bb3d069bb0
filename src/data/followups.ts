import type { CollectionEntry } from 'astro:content';
import { aggregateRows, COUNT_COLUMN } from '../charts/aggregate.ts';
import { joinDutch } from '../charts/summary.ts';
import { KNOWN_COLUMN_LABELS } from '../charts/labels.ts';
import type { VisualInput } from '../charts/types.ts';
import { t } from '../i18n/t.ts';
import { visualSchema } from '../schemas/visual.ts';
import type { RecordDate } from '../schemas/followup.ts';
import type { FollowUpStatus } from '../schemas/site.ts';
import { FOLLOW_UP_VISUALS, OPEN_DATA_NAMES } from './routes.ts';
import {
  answering,
  countByStatus,
  currentStatusOf,
  firstMentioned,
  lastUpdated,
  timelineOf,
  type AnsweredKind,
  type TimelineStep,
} from './followup-model.ts';
import { sourceDatesOf, sourcesById } from './sources.ts';
import type { Harvest } from './harvest-model.ts';
import { pick } from './harvest-model.ts';

type FollowUpEntry = CollectionEntry<'followups'>;

/** A follow-up with everything its page, its card and the lists need, joined once. */
// A type alias, not an interface, so Astro accepts it as page props.
export type FollowUpView = {
  entry: FollowUpEntry;
  status: FollowUpStatus;
  /** Oldest first; `statusLabel` when the step changed the status, `sourceEntry` the source it names. */
  timeline: (TimelineStep & { statusLabel: string | undefined; sourceEntry: CollectionEntry<'sources'> | undefined })[];
  lastUpdated: RecordDate;
  /** When the record first mentions it: the date of its oldest step. */
  firstMentioned: RecordDate;
  /** Who is responsible, with the source that says so; undefined when no source says. */
  responsible: { name: string; source: CollectionEntry<'sources'> | undefined } | undefined;
  themes: CollectionEntry<'themes'>[];
  insights: CollectionEntry<'insights'>[];
  chapters: CollectionEntry<'chapters'>[];
  tables: CollectionEntry<'tables'>[];
};

/** Status by id; references were checked by the harvest, so every follow-up's status is known. */
export function statusById(harvest: Harvest): Map<string, FollowUpStatus> {
  return new Map(harvest.site.followUpStatuses.map((status) => [status.id, status]));
}

/** Joins one follow-up with its status, timeline and the entries it answers. */
function joinFollowUp(harvest: Harvest, statuses: Map<string, FollowUpStatus>, entry: FollowUpEntry): FollowUpView {
  const dates = sourceDatesOf(harvest.sources);
  const sources = sourcesById(harvest.sources);
  const { responsible } = entry.data;
  return {
    entry,
    status: statuses.get(currentStatusOf(entry.data, dates))!,
    timeline: timelineOf(entry.data, dates).map((step) => ({
      ...step,
      statusLabel: step.status ? statuses.get(step.status)?.label : undefined,
      sourceEntry: step.source === undefined ? undefined : sources.get(step.source),
    })),
    lastUpdated: lastUpdated(entry.data, dates),
    firstMentioned: firstMentioned(entry.data, dates),
    responsible: responsible && {
      name: responsible.name,
      source: responsible.source === undefined ? undefined : sources.get(responsible.source),
    },
    themes: pick(harvest.themes, entry.data.themes),
    insights: pick(harvest.insights, entry.data.insights),
    chapters: pick(harvest.chapters, entry.data.chapters),
    tables: pick(harvest.tables, entry.data.tables),
  };
}

const viewsOfHarvest = new WeakMap<Harvest, Map<FollowUpEntry, FollowUpView>>();

/** The view of one follow-up; the views of a harvest are joined once per build, whichever page asks first. */
export function viewFollowUp(harvest: Harvest, entry: FollowUpEntry): FollowUpView {
  let views = viewsOfHarvest.get(harvest);
  if (!views) {
    const statuses = statusById(harvest);
    views = new Map(harvest.followups.map((followUp) => [followUp, joinFollowUp(harvest, statuses, followUp)]));
    viewsOfHarvest.set(harvest, views);
  }
  return views.get(entry) ?? joinFollowUp(harvest, statusById(harvest), entry);
}

/** The follow-ups that answer a theme, insight, chapter or table, most recently updated first. */
export function followUpsAnswering(harvest: Harvest, kind: AnsweredKind, id: string): FollowUpView[] {
  return answering(harvest.followups, kind, id).map((entry) => viewFollowUp(harvest, entry));
}

/** A list of follow-ups with its own URL: by status or by theme. Every status and theme gets one, also when empty. */
export interface FollowUpFilter {
  dimension: 'status' | 'thema';
  value: string;
  label: string;
  followUps: FollowUpView[];
}

const filtersOfHarvest = new WeakMap<Harvest, FollowUpFilter[]>();

/** Every filter of the overview: one per status, one per theme; listed once per build, whichever page asks first. */
export function listFollowUpFilters(harvest: Harvest): FollowUpFilter[] {
  let filters = filtersOfHarvest.get(harvest);
  if (!filters) filtersOfHarvest.set(harvest, (filters = joinFollowUpFilters(harvest)));
  return filters;
}

function joinFollowUpFilters(harvest: Harvest): FollowUpFilter[] {
  const views = harvest.followups.map((entry) => viewFollowUp(harvest, entry));
  return [
    ...harvest.site.followUpStatuses.map((status) => ({
      dimension: 'status' as const,
      value: status.id,
      label: status.label,
      followUps: views.filter((view) => view.status.id === status.id),
    })),
    ...harvest.themes.map((theme) => ({
      dimension: 'thema' as const,
      value: theme.id,
      label: theme.data.shortTitle,
      followUps: views.filter((view) => view.entry.data.themes.includes(theme.id)),
    })),
  ];
}

/** Every step of every follow-up with its follow-up, newest first (ties: the follow-up's order, then the later step). */
export function listFollowUpUpdates(harvest: Harvest): { view: FollowUpView; step: FollowUpView['timeline'][number] }[] {
  return harvest.followups
    .flatMap((entry) => {
      const view = viewFollowUp(harvest, entry);
      return view.timeline.map((step) => ({ view, step }));
    })
    .sort(
      (a, b) =>
        b.step.date.date.getTime() - a.step.date.date.getTime() ||
        a.view.entry.id.localeCompare(b.view.entry.id) ||
        b.step.number - a.step.number,
    );
}

/** Counts per status, zeros included, in the order of site.yaml. */
export function followUpStatusCounts(harvest: Harvest) {
  return countByStatus(harvest.site.followUpStatuses, statusRows(harvest));
}

/** Each follow-up's current status (from its steps) and example flag, for counts. */
function statusRows(harvest: Harvest): { status: string; example: boolean }[] {
  const dates = sourceDatesOf(harvest.sources);
  return harvest.followups.map((entry) => ({ status: currentStatusOf(entry.data, dates), example: entry.data.example }));
}

/** The column that tells recorded follow-ups from examples in the charts, and its two values. */
const ORIGIN = { column: 'herkomst', recorded: 'vastgelegd', example: 'voorbeeld' } as const;

/**
 * The follow-ups as charts, drawn by the same chart code as every visual: how many per status,
 * and how many per theme. None when there are no follow-ups. When some are examples and some
 * are not, each bar is split into recorded follow-ups and examples, so the "voorbeeld" label
 * sits on exactly the part it belongs to; when all are examples, the whole chart says so.
 */
export function followUpVisuals(harvest: Harvest): VisualInput[] {
  if (harvest.followups.length === 0) return [];
  const statuses = harvest.site.followUpStatuses;
  const dates = sourceDatesOf(harvest.sources);
  const rows = harvest.followups.map((entry) => ({
    status: currentStatusOf(entry.data, dates),
    themes: entry.data.themes,
    [ORIGIN.column]: entry.data.example ? ORIGIN.example : ORIGIN.recorded,
  }));
  const examples = harvest.followups.filter((entry) => entry.data.example).length;
  const mixed = examples > 0 && examples < harvest.followups.length;
  const split = mixed ? [ORIGIN.column] : [];
  const valueLabels = {
    ...Object.fromEntries(statuses.map((status) => [status.id, status.label])),
    ...Object.fromEntries(harvest.themes.map((theme) => [theme.id, theme.data.shortTitle])),
    [ORIGIN.recorded]: t('followUps.originRecorded'),
    [ORIGIN.example]: t('site.exampleLabel'),
  };
  const columnLabels = { ...KNOWN_COLUMN_LABELS, status: t('followUps.column.status'), [ORIGIN.column]: t('followUps.column.origin') };
  const source = t(examples > 0 ? 'followUps.chartSourceExample' : 'followUps.chartSource', { count: harvest.followups.length, examples });
  const common = {
    source,
    // The data is computed here, never read from a file; the schema asks for a source, and this names the open data file that holds the same rows.
    data: { file: `${OPEN_DATA_NAMES.followUps}.csv` },
    unit: { one: t('followUps.unitOne'), other: t('followUps.unitOther') },
    example: examples === harvest.followups.length,
    type: mixed ? 'stacked-bar' : 'bar',
    options: mixed ? { seriesOrder: [ORIGIN.recorded, ORIGIN.example] } : {},
  };
  const encoding = (label: string) => ({ label, value: COUNT_COLUMN, ...(mixed ? { series: ORIGIN.column } : {}) });
  const domains = { status: statuses.map((status) => status.id), [ORIGIN.column]: [ORIGIN.recorded, ORIGIN.example] };
  const byStatus = aggregateRows(rows, { groupBy: ['status', ...split], domains });
  const byTheme = aggregateRows(
    rows.filter((row) => row.themes.length > 0),
    { groupBy: ['themes', ...split], domains, orders: { themes: harvest.themes.map((theme) => theme.id) } },
  );
  const statusCounts = countByStatus(statuses, statusRows(harvest));
  const themeCounts = harvest.themes
    .map((theme) => ({ label: theme.data.shortTitle, count: rows.filter((row) => row.themes.includes(theme.id)).length }))
    .filter((row) => row.count > 0);
  // Every status or theme that ties for the most is named: one of them alone would not be true.
  const mostStatus = Math.max(...statusCounts.map((row) => row.count));
  const topStatuses = joinDutch(statusCounts.filter((row) => row.count === mostStatus).map((row) => row.status.label.toLowerCase()));
  const mostTheme = Math.max(0, ...themeCounts.map((row) => row.count));
  const topThemes = joinDutch(themeCounts.filter((row) => row.count === mostTheme).map((row) => row.label));
  return [
    {
      slug: FOLLOW_UP_VISUALS.byStatus,
      spec: visualSchema.parse({
        ...common,
        title: t('followUps.chartStatusTitle'),
        alt: t('followUps.chartStatusAlt', { count: harvest.followups.length, status: topStatuses, most: mostStatus }),
        caption: t(mixed ? 'followUps.chartStatusCaptionMixed' : 'followUps.chartStatusCaption'),
        encoding: encoding('status'),
      }),
      table: byStatus,
      valueLabels,
      columnLabels,
      // A mixed chart labels its example part; a chart of examples only is an example as a whole.
      example: common.example,
    },
    {
      slug: FOLLOW_UP_VISUALS.byTheme,
      spec: visualSchema.parse({
        ...common,
        title: t('followUps.chartThemeTitle'),
        alt: t('followUps.chartThemeAlt', { themes: themeCounts.length, theme: topThemes, most: mostTheme }),
        caption: t(mixed ? 'followUps.chartThemeCaptionMixed' : 'followUps.chartThemeCaption'),
        encoding: encoding('themes'),
      }),
      table: byTheme,
      valueLabels,
      columnLabels,
      example: common.example,
    },
  ];
}
