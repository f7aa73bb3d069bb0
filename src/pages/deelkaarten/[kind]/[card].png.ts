import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildContext } from 'virtual:oogst/build-context';
import { cardSizes } from '../../../cards/card-plan.ts';
import { CARD_KIND_FOLDERS } from '../../../cards/card-folders.ts';
import type { CardSize, CardSpec } from '../../../cards/card-types.ts';
import { getCardPlan, getCardRenderer } from '../../../cards/site-cards.ts';

/**
 * Share cards in the dev server, each on request. In a build this route renders no files: the
 * cards integration (src/integrations/cards.ts) plans the cards from the content model and links
 * the PNGs from the cache into the output (thousands of cards as routes would be read and written
 * again each time).
 */
export const getStaticPaths = (async () => {
  if (buildContext.cardBuild) return [];
  const plan = await getCardPlan();
  return plan.cards.flatMap((card) =>
    cardSizes(plan, card).map((size) => ({
      params: { kind: CARD_KIND_FOLDERS[card.kind], card: `${card.slug}-${size.width}x${size.height}` },
      props: { card, size },
    })),
  );
}) satisfies GetStaticPaths;

/** One share card as PNG (dev server), from the cache when nothing that shapes it changed. */
export const GET: APIRoute<{ card: CardSpec; size: CardSize }> = async ({ props }) => {
  const plan = await getCardPlan();
  const { file } = await getCardRenderer().render(props.card, plan.brand, props.size);
  return new Response(readFileSync(file), { headers: { 'Content-Type': 'image/png' } });
};
