import { existsSync } from 'node:fs';
import path from 'node:path';
import { planCardZips } from './gallery.ts';
import { cardPath, cardSizes, type CardPlan } from './card-plan.ts';
import { placeCardFiles, placeFile, removeOtherZips, writeCardZip, type CardFile } from './card-output.ts';
import type { CardRenderer } from './card-renderer.ts';

/** Starts drawing every card of the plan that is not in the cache, so the workers run while Astro writes pages. */
export function queueAllCards(plan: CardPlan, renderer: CardRenderer): void {
  // Failures surface when publishCards awaits the same (memoised) renders.
  for (const card of plan.cards)
    for (const size of cardSizes(plan, card)) void renderer.render(card, plan.brand, size).catch(() => undefined);
}

/** What publishing wrote. */
export interface PublishedCards {
  files: number;
  zipFiles: string[];
}

/**
 * Puts every card of the plan in each of its sizes into `outDir` (linked from the cache, drawn
 * first where missing; the renderer checked each PNG's pixel size when it drew it). When
 * site.yaml keeps stored zips, adds the zips the gallery links (planCardZips): only a zip whose
 * cards changed is written again. Otherwise the gallery's browser makes them from the PNGs.
 */
export async function publishCards(plan: CardPlan, renderer: CardRenderer, outDir: string, zipDir: string): Promise<PublishedCards> {
  const files = await Promise.all(plan.cards.map((card) => cardFiles(plan, renderer, card)));
  placeCardFiles(outDir, files.flat());
  const filesOf = new Map(plan.cards.map((card, index) => [card, files[index]!]));
  const zips = plan.settings.storedZips ? planCardZips(plan) : [];
  const zipFiles = zips.map((zip) => {
    const zipFile = writeCardZip(
      zip.cards.flatMap((card) => filesOf.get(card)!),
      zipDir,
    );
    placeFile(zipFile, path.join(outDir, zip.url));
    return zipFile;
  });
  if (existsSync(zipDir)) removeOtherZips(zipDir, zipFiles);
  return { files: files.flat().length, zipFiles };
}

/** One card in each of its sizes (cardSizes), drawn where the cache lacks it. */
export function cardFiles(plan: CardPlan, renderer: CardRenderer, card: CardPlan['cards'][number]): Promise<CardFile[]> {
  return Promise.all(
    cardSizes(plan, card).map(async (size) => {
      const image = await renderer.render(card, plan.brand, size);
      return { url: cardPath(card.kind, card.slug, size), file: image.file, key: image.key };
    }),
  );
}
