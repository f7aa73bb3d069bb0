import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildContext } from 'virtual:oogst/build-context';
import { cardFiles } from '../../cards/build-cards.ts';
import { removeOtherZips, writeCardZip } from '../../cards/card-output.ts';
import { planCardZips, type CardZip } from '../../cards/gallery.ts';
import { getCardPlan, getCardRenderer } from '../../cards/site-cards.ts';

/** The gallery's stored zips in the dev server; a build writes them with the cards (src/integrations/cards.ts). */
export const getStaticPaths = (async () => {
  if (buildContext.cardBuild) return [];
  const plan = await getCardPlan();
  // Without stored zips (site.yaml cards.storedZips) the gallery makes them in the browser, also in the dev server.
  if (!plan.settings.storedZips) return [];
  return planCardZips(plan).map((zip) => ({ params: { name: path.basename(zip.url, '.zip') }, props: { zip } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ zip: CardZip }> = async ({ props }) => {
  const plan = await getCardPlan();
  const renderer = getCardRenderer();
  const files = (await Promise.all(props.zip.cards.map((card) => cardFiles(plan, renderer, card)))).flat();
  // One folder per zip, so the dev server keeps one zip of each at most.
  const zipDir = path.join(os.tmpdir(), 'oogst-dev-zips', path.basename(props.zip.url, '.zip'));
  const zipFile = writeCardZip(files, zipDir);
  removeOtherZips(zipDir, [zipFile]);
  return new Response(readFileSync(zipFile), { headers: { 'Content-Type': 'application/zip' } });
};
