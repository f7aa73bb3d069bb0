import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { pathsFor } from '../../page-paths/page-paths.ts';
import { cardFiles } from '../../cards/build-cards.ts';
import { removeOtherZips, writeCardZip } from '../../cards/card-output.ts';
import type { CardZip } from '../../cards/gallery.ts';
import { getCardPlan, getCardRenderer } from '../../cards/site-cards.ts';

/** The gallery's stored zips in the dev server; a build writes them with the cards (src/integrations/cards.ts). */
export const getStaticPaths = pathsFor('card zip') satisfies GetStaticPaths;

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
