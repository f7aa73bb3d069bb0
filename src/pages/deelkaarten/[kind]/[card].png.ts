import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { pathsFor } from '../../../page-paths/page-paths.ts';
import type { CardSize, CardSpec } from '../../../cards/card-types.ts';
import { getCardPlan, getCardRenderer } from '../../../cards/site-cards.ts';

/**
 * Share cards in the dev server, each on request. In a build this route renders no files: the
 * cards integration (src/integrations/cards.ts) plans the cards from the content model and links
 * the PNGs from the cache into the output (thousands of cards as routes would be read and written
 * again each time).
 */
export const getStaticPaths = pathsFor('card image') satisfies GetStaticPaths;

/** One share card as PNG (dev server), from the cache when nothing that shapes it changed. */
export const GET: APIRoute<{ card: CardSpec; size: CardSize }> = async ({ props }) => {
  const plan = await getCardPlan();
  const { file } = await getCardRenderer().render(props.card, plan.brand, props.size);
  return new Response(readFileSync(file), { headers: { 'Content-Type': 'image/png' } });
};
