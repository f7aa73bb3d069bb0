import { buildContext } from 'virtual:oogst/build-context';
import { siteFontFiles } from '../raster/svg-to-png.ts';
import { renderVisualSvg } from '../charts/visual.ts';
import { getHarvest } from '../data/harvest.ts';
import { getVisuals } from '../data/visuals.ts';
import { siteCardSources } from './card-sources.ts';
import { planCards, findCardForPage, findOgImage, pageOfCard, toOgImage, type CardPlan, type OgImage } from './card-plan.ts';
import { createCardRenderer, type CardRenderer } from './card-renderer.ts';
import type { CardKind } from './card-types.ts';

export type { OgImage } from './card-plan.ts';

const plans = new WeakMap<object, CardPlan>();

/** Every card of the site, planned from the harvest (once per harvest). */
export async function getCardPlan(): Promise<CardPlan> {
  const harvest = await getHarvest();
  const known = plans.get(harvest);
  if (known) return known;
  const sources = siteCardSources(harvest, await getVisuals(), {
    buildDate: buildContext.buildDate,
    chartSvg: (visual) => renderVisualSvg(visual, { theme: 'card' }),
  });
  const plan = planCards(sources);
  plans.set(harvest, plan);
  return plan;
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

let renderer: CardRenderer | undefined;
// The dev server reloads this module after an edit: the old renderer's workers stop with it.
import.meta.hot?.dispose(() => void renderer?.close());

/** The card renderer of the dev server's card route (a build draws its cards in the cards integration); the cache is the build context's. */
export function getCardRenderer(): CardRenderer {
  renderer ??= createCardRenderer({
    root: buildContext.root,
    cacheDir: buildContext.cardCacheDir,
    // resvg draws the text inside embedded chart SVGs and reads TrueType only: the charts module makes those files.
    svgFontFiles: siteFontFiles(),
    warn: (message) => console.warn(`[deelkaarten] ${message}`),
  });
  return renderer;
}
