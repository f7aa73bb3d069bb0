import type { VisualInput } from '../charts/types.ts';
import { homeHeadline, isClosed } from '../data/archive.ts';
import { isExampleStory, tablesById } from '../data/example.ts';
import { followUpStatusCounts, viewFollowUp } from '../data/followups.ts';
import type { Harvest } from '../data/harvest-model.ts';
import { t } from '../i18n/t.ts';
import { ALL_FOLLOW_UPS_CARD, type CardSources } from './card-plan.ts';

/** What the card sources need besides the harvest. */
export interface CardSourceOptions {
  /** The date the build stands for: it decides whether the home card invites or looks back. */
  buildDate: Date;
  /** The chart of a visual for its card; the check measures texts only and passes "". */
  chartSvg: (visual: VisualInput) => string;
}

const source = (entry: { filePath?: string | undefined; id: string }, folder: string) => entry.filePath ?? `content/${folder}/${entry.id}`;

/**
 * The content every share card is drawn from, for the build (src/cards/site-cards.ts) and for the
 * check's measuring of card texts (src/check/card-fit.ts) alike: one function, so the check measures
 * exactly the texts the build draws. `visuals` are the resolved visuals, the follow-ups' charts included.
 */
export function siteCardSources(harvest: Harvest, visuals: readonly VisualInput[], options: CardSourceOptions): CardSources {
  const tables = tablesById(harvest.tables.map((table) => ({ id: table.id, example: table.data.example })));
  const visualFiles = new Map(harvest.visuals.map((entry) => [entry.id, source(entry, 'visuals')]));
  return {
    // The home page's card says what the home page says: in the past tense once the dialogue is closed.
    site: {
      ...harvest.site,
      tagline: homeHeadline(harvest.site, options.buildDate),
      taglineField: headlineField(harvest.site, options.buildDate),
    },
    themes: harvest.themes.map((entry) => ({ ...entry.data, slug: entry.id, source: source(entry, 'themes') })),
    insights: harvest.insights.map((entry) => ({ ...entry.data, slug: entry.id, source: source(entry, 'insights') })),
    chapters: harvest.chapters.map((entry) => ({ ...entry.data, slug: entry.id, source: source(entry, 'chapters') })),
    visuals: visuals.map((visual) => ({
      ...visual.spec,
      slug: visual.slug,
      // The charts computed from the follow-ups get a card like every chart; their source is the follow-ups folder.
      source: visualFiles.get(visual.slug) ?? 'content/followups/',
      chartSvg: options.chartSvg(visual),
      // Computed from the rows behind the chart, not the spec's flag alone; a chart that counts
      // example follow-ups among recorded ones is labelled on its card as a whole.
      example: visual.example || (!visualFiles.has(visual.slug) && harvest.followups.some((entry) => entry.data.example)),
    })),
    // A draft (shown only in a preview build) is not shared yet: its page takes the site's card.
    stories: harvest.stories
      .filter((entry) => !entry.data.draft)
      .map((entry) => ({
        ...entry.data,
        slug: entry.id,
        source: source(entry, 'stories'),
        example: isExampleStory(entry.data, tables),
      })),
    ...followUpCardSources(harvest),
  };
}

/** Where the home card's headline comes from: the tagline, the closed tagline, or (closed without one) the site's name. */
function headlineField(site: Harvest['site'], buildDate: Date): string {
  if (!isClosed(site, buildDate)) return 'tagline';
  return site.closedTagline === undefined ? 'name' : 'closedTagline';
}

const countText = (count: number) => (count === 1 ? t('followUps.countOne') : t('followUps.count', { count }));

/** The follow-ups and the status overviews as card sources; none when the site records no follow-ups. */
function followUpCardSources(harvest: Harvest): Pick<CardSources, 'followups' | 'followupStatuses'> {
  if (harvest.followups.length === 0) return {};
  // The status follows from the dated steps (viewFollowUp), never from a field of its own.
  // The check measures cards before references are judged: a step's unknown status has no label
  // yet (the check reports it with its line), so it is measured without one instead of crashing.
  const views = harvest.followups.map((entry) => viewFollowUp(harvest, entry));
  const statusOf = (view: (typeof views)[number]): { id: string; label: string } | undefined => view.status;
  const anyExample = (status?: string) =>
    views.some((view) => view.entry.data.example && (status === undefined || statusOf(view)?.id === status));
  return {
    followups: views.map((view) => ({
      ...view.entry.data,
      slug: view.entry.id,
      source: source(view.entry, 'followups'),
      statusLabel: statusOf(view)?.label ?? '',
    })),
    followupStatuses: [
      {
        slug: ALL_FOLLOW_UPS_CARD,
        label: t('cards.followupAllTitle', { count: countText(harvest.followups.length) }),
        description: t('followUps.intro'),
        example: anyExample(),
      },
      ...followUpStatusCounts(harvest).map(({ status, count }) => ({
        slug: status.id,
        label: t('cards.followupStatusTitle', { status: status.label, count: countText(count) }),
        description: status.description,
        example: anyExample(status.id),
      })),
    ],
  };
}
