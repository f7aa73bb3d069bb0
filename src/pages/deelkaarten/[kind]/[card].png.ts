import type { APIRoute, GetStaticPaths } from 'astro';
import { CARD_KIND_FOLDERS, CARD_SIZES, type CardSize, type CardSpec } from '../../../cards/card-types';
import { getCardPlan, getCardRenderer } from '../../../cards/site-cards';

export const getStaticPaths = (async () => {
  const plan = await getCardPlan();
  if (import.meta.env.PROD) {
    // Queue every card at once so both workers stay busy while Astro writes the files one by one.
    const renderer = getCardRenderer();
    for (const card of plan.cards) for (const size of CARD_SIZES) void renderer.render(card, plan.brand, size).catch(() => undefined);
  }
  return plan.cards.flatMap((card) =>
    CARD_SIZES.map((size) => ({
      params: { kind: CARD_KIND_FOLDERS[card.kind], card: `${card.slug}-${size.width}x${size.height}` },
      props: { card, size },
    })),
  );
}) satisfies GetStaticPaths;

/** One share card as PNG, from the cache when nothing that shapes it changed. */
export const GET: APIRoute<{ card: CardSpec; size: CardSize }> = async ({ props }) => {
  const plan = await getCardPlan();
  const { png } = await getCardRenderer().render(props.card, plan.brand, props.size);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
