import type { APIRoute } from 'astro';
import { zipSync } from 'fflate';
import { cardPath } from '../../cards/card-plan';
import { CARD_SIZES } from '../../cards/card-types';
import { getCardPlan, getCardRenderer } from '../../cards/site-cards';

/** Every card in every size in one zip, in the same folders as on the site. PNGs are stored, not recompressed. */
export const GET: APIRoute = async () => {
  const plan = await getCardPlan();
  const renderer = getCardRenderer();
  const files: Record<string, Uint8Array> = {};
  await Promise.all(
    plan.cards.flatMap((card) =>
      CARD_SIZES.map(async (size) => {
        files[cardPath(card.kind, card.slug, size).replace(/^\/deelkaarten\//, '')] = (await renderer.render(card, plan.brand, size)).png;
      }),
    ),
  );
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
  // A fixed date keeps the zip byte-identical when the cards are.
  // Zip stores local date fields; a local-time Date gives the same bytes in every time zone.
  const zip = zipSync(sorted, { level: 0, mtime: new Date(2021, 0, 1) });
  return new Response(zip as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/zip' } });
};
