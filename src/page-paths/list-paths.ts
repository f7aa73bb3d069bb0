import path from 'node:path';
import type { PaginateFunction } from 'astro';
import { buildContext } from 'virtual:oogst/build-context';
import { CARD_KIND_FOLDERS } from '../cards/card-folders.ts';
import { cardSizes } from '../cards/card-plan.ts';
import { cardsOfKind, GALLERY_PAGE_SIZE, groupCards, planCardZips, splitGallery } from '../cards/gallery.ts';
import { getCardPlan } from '../cards/site-cards.ts';
import { listFollowUpFilters } from '../data/followups.ts';
import type { Harvest } from '../data/harvest.ts';
import { listStoryFilters, STORIES_PER_PAGE } from '../data/story-filters.ts';
import { t } from '../i18n/t.ts';
import type { Kind, Track } from '../schemas/shared.ts';

/** The heading of a story filter: the plural of a kind, the name of a track, or a theme's title. */
function storyFilterLabel(harvest: Harvest, dimension: string, value: string): string {
  if (dimension === 'soort') return t(`kind.plural.${value as Kind}`);
  if (dimension === 'spoor') return t(`track.${value as Track}`);
  return harvest.themes.find((theme) => theme.id === value)?.data.title ?? value;
}

/** The follow-up filters of one dimension, each page with all filters for its navigation. */
const followUpFilterPaths = (harvest: Harvest, status: boolean) => {
  const filters = listFollowUpFilters(harvest);
  return filters
    .filter((filter) => (filter.dimension === 'status') === status)
    .map((filter) => ({ params: { dimension: filter.dimension, value: filter.value }, props: { filter, filters } }));
};

/**
 * How the pages of each kind of list, filter and gallery are listed, by the kind's name in the
 * page registry (src/data/page-kinds.ts); lists of many pages through Astro's paginate.
 */
export const LIST_PATHS = {
  'stories page': (harvest: Harvest, paginate: PaginateFunction) =>
    paginate(harvest.stories, { pageSize: STORIES_PER_PAGE, props: { themes: harvest.themes } }),
  'stories filtered': (harvest: Harvest, paginate: PaginateFunction) =>
    listStoryFilters(harvest).flatMap(({ dimension, value, stories }) =>
      paginate(stories, {
        pageSize: STORIES_PER_PAGE,
        params: { dimension, value },
        props: { themes: harvest.themes, label: storyFilterLabel(harvest, dimension, value) },
      }),
    ),
  'follow-up status': (harvest: Harvest) => followUpFilterPaths(harvest, true),
  'follow-up theme': (harvest: Harvest) => followUpFilterPaths(harvest, false),
  /** Own pages for a kind of card that has too many cards for /deelkaarten/ (see splitGallery). */
  'card gallery page': async (harvest: Harvest, paginate: PaginateFunction) => {
    const plan = await getCardPlan();
    const themes = harvest.themes.map((theme) => ({ slug: theme.id, title: theme.data.title }));
    return splitGallery(groupCards(plan, themes)).paged.flatMap((section) =>
      paginate(cardsOfKind(plan, section.kind), {
        pageSize: GALLERY_PAGE_SIZE,
        params: { kind: CARD_KIND_FOLDERS[section.kind] },
        props: { kind: section.kind },
      }),
    );
  },
  // Cards and zips in the dev server only: a build writes them from the card plan (src/integrations/cards.ts).
  'card image': async () => {
    if (buildContext.cardBuild) return [];
    const plan = await getCardPlan();
    return plan.cards.flatMap((card) =>
      cardSizes(plan, card).map((size) => ({
        params: { kind: CARD_KIND_FOLDERS[card.kind], card: `${card.slug}-${size.width}x${size.height}` },
        props: { card, size },
      })),
    );
  },
  'card zip': async () => {
    if (buildContext.cardBuild) return [];
    const plan = await getCardPlan();
    // Without stored zips (site.yaml cards.storedZips) the gallery makes them in the browser, also in the dev server.
    if (!plan.settings.storedZips) return [];
    return planCardZips(plan).map((zip) => ({ params: { name: path.basename(zip.url, '.zip') }, props: { zip } }));
  },
};
