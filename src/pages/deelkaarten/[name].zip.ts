import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { isCardBuild } from '../../cards/build-cards';
import { cardPath } from '../../cards/card-plan';
import { writeCardZip } from '../../cards/card-output';
import { CARD_SIZES } from '../../cards/card-types';
import { CARD_ZIP_PATH } from '../../cards/gallery';
import { getCardPlan, getCardRenderer } from '../../cards/site-cards';

/** The zip of all cards in the dev server; a build writes it with the cards (src/integrations/cards.ts). */
export const getStaticPaths = (() => (isCardBuild() ? [] : [{ params: { name: path.basename(CARD_ZIP_PATH, '.zip') } }])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const plan = await getCardPlan();
  const renderer = getCardRenderer();
  const files = await Promise.all(
    plan.cards.flatMap((card) =>
      CARD_SIZES.map(async (size) => {
        const image = await renderer.render(card, plan.brand, size);
        return { url: cardPath(card.kind, card.slug, size), file: image.file, key: image.key };
      }),
    ),
  );
  const zip = readFileSync(writeCardZip(files, path.join(os.tmpdir(), 'oogst-dev-zips')));
  return new Response(zip, { headers: { 'Content-Type': 'application/zip' } });
};
