import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardsSkipped, isCardBuild, offerBuildPlan, queueAllCards } from '../../../cards/build-cards.ts';
import { cardSizes } from '../../../cards/card-plan.ts';
import { CARD_KIND_FOLDERS, type CardSize, type CardSpec } from '../../../cards/card-types.ts';
import { getCardPlan, getCardRenderer } from '../../../cards/site-cards.ts';

/**
 * Share cards. In a build this route renders no files: it hands the plan to the cards
 * integration and starts drawing, and the integration links the PNGs from the cache into the
 * output after the build (thousands of cards as routes would be read and written again each
 * time). In the dev server it serves each card on request.
 */
export const getStaticPaths = (async () => {
  const plan = await getCardPlan();
  if (isCardBuild()) {
    offerBuildPlan(plan);
    if (!cardsSkipped()) queueAllCards(plan, getCardRenderer());
    return [];
  }
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
