import path from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { siteFontFiles } from '../raster/svg-to-png.ts';
import { renderVisualSvg } from '../charts/visual.ts';
import { homeHeadline } from '../data/archive.ts';
import { isExampleStory, tablesById } from '../data/example.ts';
import { getHarvest } from '../data/harvest.ts';
import { followUpStatusCounts, followUpVisuals, viewFollowUp } from '../data/followups.ts';
import { getVisual } from '../data/visuals.ts';
import { t } from '../i18n/t.ts';
import {
  ALL_FOLLOW_UPS_CARD,
  planCards,
  findCardForPage,
  findOgImage,
  pageOfCard,
  toOgImage,
  type CardPlan,
  type CardSources,
  type OgImage,
} from './card-plan.ts';
import { getSharedCardRenderer, type CardRenderer } from './card-renderer.ts';
import type { CardKind } from './card-types.ts';

export type { OgImage } from './card-plan.ts';

/** The chart of a visual as a standalone SVG for its card, drawn by the same renderer as the page's chart. */
export async function chartSvgForCard(visual: CollectionEntry<'visuals'>): Promise<string> {
  return renderVisualSvg(await getVisual(visual.id), { theme: 'card' });
}

const source = (entry: { filePath?: string | undefined; id: string }, folder: string) => entry.filePath ?? `content/${folder}/${entry.id}`;

const plans = new WeakMap<object, CardPlan>();

/** Every card of the site, planned from the harvest (once per harvest). */
export async function getCardPlan(): Promise<CardPlan> {
  const harvest = await getHarvest();
  const known = plans.get(harvest);
  if (known) return known;
  const tables = tablesById(harvest.tables.map((table) => ({ id: table.id, example: table.data.example })));
  const sources: CardSources = {
    // The home page's card says what the home page says: in the past tense once the dialogue is closed.
    site: { ...harvest.site, tagline: homeHeadline(harvest.site) },
    themes: harvest.themes.map((entry) => ({ ...entry.data, slug: entry.id, source: source(entry, 'themes') })),
    insights: harvest.insights.map((entry) => ({ ...entry.data, slug: entry.id, source: source(entry, 'insights') })),
    chapters: harvest.chapters.map((entry) => ({ ...entry.data, slug: entry.id, source: source(entry, 'chapters') })),
    visuals: [
      ...(await Promise.all(
        harvest.visuals.map(async (entry) => ({
          ...entry.data,
          slug: entry.id,
          source: source(entry, 'visuals'),
          chartSvg: await chartSvgForCard(entry),
          // Computed from the rows behind the chart, not the spec's flag alone.
          example: (await getVisual(entry.id)).example,
        })),
      )),
      // The charts computed from the follow-ups get a card like every chart; their source is the follow-ups folder.
      ...followUpVisuals(harvest).map((visual) => ({
        ...visual.spec,
        slug: visual.slug,
        source: 'content/followups/',
        chartSvg: renderVisualSvg(visual, { theme: 'card' }),
        // A chart that counts example follow-ups among recorded ones is labelled on its card as a whole.
        example: visual.example || harvest.followups.some((entry) => entry.data.example),
      })),
    ],
    stories: harvest.stories.map((entry) => ({
      ...entry.data,
      slug: entry.id,
      source: source(entry, 'stories'),
      example: isExampleStory(entry.data, tables),
    })),
    ...followUpCardSources(harvest),
  };
  const plan = planCards(sources);
  plans.set(harvest, plan);
  return plan;
}

const countText = (count: number) => (count === 1 ? t('followUps.countOne') : t('followUps.count', { count }));

/** The follow-ups and the status overviews as card sources; none when the site records no follow-ups. */
function followUpCardSources(harvest: Awaited<ReturnType<typeof getHarvest>>): Pick<CardSources, 'followups' | 'followupStatuses'> {
  if (harvest.followups.length === 0) return {};
  const views = harvest.followups.map((entry) => viewFollowUp(harvest, entry));
  const anyExample = (status?: string) =>
    views.some((view) => view.entry.data.example && (status === undefined || view.status.id === status));
  return {
    followups: views.map(({ entry, status }) => ({
      ...entry.data,
      slug: entry.id,
      source: source(entry, 'followups'),
      statusLabel: status.label,
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

/**
 * The og:image of a page by its path ("/themas/wonen/"): the page's own 1200×630 card, or the
 * site's card for pages without one. For BaseLayout: `ogImage={await getOgImage(Astro.url.pathname)}`.
 */
export async function getOgImage(pagePath: string): Promise<OgImage> {
  return findOgImage(await getCardPlan(), pagePath);
}

/** The og:image of one entry's card, e.g. `getCardOgImage('theme', 'wonen')`; undefined when there is no such card. */
export async function getCardOgImage(kind: CardKind, slug: string): Promise<OgImage | undefined> {
  const plan = await getCardPlan();
  const card = findCardForPage(plan, pageOfCard(kind, slug));
  return card?.kind === kind && card.slug === slug ? toOgImage(plan, card) : undefined;
}

/** The shared card renderer; the cache lives in OOGST_CARD_CACHE (set by the cards integration) or node_modules/.astro/oogst-cards. */
export function getCardRenderer(): CardRenderer {
  return getSharedCardRenderer(() => ({
    root: process.cwd(),
    cacheDir: process.env.OOGST_CARD_CACHE ?? path.resolve('node_modules/.astro/oogst-cards'),
    // resvg draws the text inside embedded chart SVGs and reads TrueType only: the charts module makes those files.
    svgFontFiles: siteFontFiles(),
    warn: (message) => console.warn(`[deelkaarten] ${message}`),
  }));
}
