import { existsSync } from 'node:fs';
import path from 'node:path';
import { planCardZips } from './gallery.ts';
import { cardPath, cardSizes, type CardPlan } from './card-plan.ts';
import { placeCardFiles, placeFile, removeOtherZips, writeCardZip, type CardFile } from './card-output.ts';
import type { CardRenderer } from './card-renderer.ts';

// The card route hands the plan to the integration, which runs in the same process but
// cannot read content collections itself.
const PLAN = Symbol.for('oogst.cards.buildPlan');
type WithPlan = typeof globalThis & { [PLAN]?: CardPlan };

/** Environment variable the cards integration sets to "1" during `astro build`. */
export const CARD_BUILD_FLAG = 'OOGST_CARDS_BUILD';

/**
 * Environment variable that leaves share cards out of a build: `OOGST_SKIP_CARDS=1`. For
 * measuring the rest of a large build (pages, search) quickly; pages still name their cards,
 * so a site built this way is not for publishing.
 */
export const SKIP_CARDS_FLAG = 'OOGST_SKIP_CARDS';

/** Whether this build leaves the share cards out (see SKIP_CARDS_FLAG). */
export function cardsSkipped(): boolean {
  return process.env[SKIP_CARDS_FLAG] === '1';
}

/** Whether this process is building the site (the card route then renders no files itself). */
export function isCardBuild(): boolean {
  return process.env[CARD_BUILD_FLAG] === '1';
}

/** Called by the card route while Astro builds: these are the cards the build must publish. */
export function offerBuildPlan(plan: CardPlan): void {
  (globalThis as WithPlan)[PLAN] = plan;
}

/** The plan offered during this build, if any. */
export function takeBuildPlan(): CardPlan | undefined {
  return (globalThis as WithPlan)[PLAN];
}

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
