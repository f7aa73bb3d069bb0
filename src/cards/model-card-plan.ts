import { renderVisualSvg } from '../charts/visual.ts';
import { harvestOfModel, visualsOfHarvest } from './model-harvest.ts';
import type { ContentModel } from '../model/content-model.ts';
import { planCards, type CardPlan } from './card-plan.ts';
import { siteCardSources } from './card-sources.ts';

/**
 * Every card of the site planned from the content model for a build date, by the function the
 * pages' og:images use (siteCardSources), charts drawn as the build draws them (a card with a chart
 * lays out its texts around it). The cards integration draws this plan; `npm run check` and the
 * content gate measure it. Undefined when site.yaml did not pass its schema.
 */
export function planCardsOfModel(model: ContentModel, buildDate: Date): CardPlan | undefined {
  const harvest = harvestOfModel(model);
  if (!harvest) return undefined;
  const chartSvg = (visual: Parameters<typeof renderVisualSvg>[0]) => renderVisualSvg(visual, { theme: 'card' });
  return planCards(siteCardSources(harvest, visualsOfHarvest(harvest), { buildDate, chartSvg }));
}
