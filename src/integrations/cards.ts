import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CARD_BUILD_FLAG, SKIP_CARDS_FLAG, cardsSkipped, publishCards, takeBuildPlan } from '../cards/build-cards.ts';
import { peekSharedCardRenderer } from '../cards/card-renderer.ts';
import { median } from '../cards/median.ts';

/**
 * Share cards in the build. Cards are not Astro routes in a build: the card route only plans
 * them and starts the workers; after the build this integration links every PNG from the
 * cache into the output (drawing what is missing), checks its size, adds the zips of the gallery pages
 * when site.yaml keeps stored zips,
 * and says how many were drawn and how many came from the cache.
 */
export function cardsIntegration(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'oogst-cards',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // import.meta.env.PROD follows NODE_ENV (vitest sets "test"), so the route asks this instead.
        process.env[CARD_BUILD_FLAG] = command === 'build' ? '1' : '';
      },
      'astro:config:done': ({ config }) => {
        process.env.OOGST_CARD_CACHE ??= fileURLToPath(new URL('oogst-cards/', config.cacheDir));
        cacheDir = process.env.OOGST_CARD_CACHE;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (cardsSkipped()) {
          logger.warn(`deelkaarten: overgeslagen (${SKIP_CARDS_FLAG}=1); deze build is niet om te publiceren`);
          return;
        }
        const outDir = fileURLToPath(dir);
        if (!existsSync(path.join(outDir, 'deelkaarten.json'))) throw new Error('deelkaarten: deelkaarten.json ontbreekt in de build');
        const plan = takeBuildPlan();
        const renderer = peekSharedCardRenderer();
        if (!plan || !renderer)
          throw new Error('deelkaarten: de kaartenroute heeft geen kaarten aangemeld (src/pages/deelkaarten/[kind]/[card].png.ts)');
        const started = performance.now();
        const published = await publishCards(plan, renderer, outDir, path.join(cacheDir, 'zips'));
        const seconds = (performance.now() - started) / 1000;
        const stats = renderer.stats();
        const drawn = median(stats.drawMs);
        const zipMiB = published.zipFiles.reduce((total, file) => total + statSync(file).size, 0) / 2 ** 20;
        const zips = published.zipFiles.length === 1 ? 'zip' : `${published.zipFiles.length} zips`;
        const placed = plan.settings.storedZips
          ? `om ze te plaatsen en te zippen (${zips} ${zipMiB.toFixed(1)} MiB)`
          : 'om ze te plaatsen (de zips maakt de browser op /deelkaarten/)';
        logger.info(
          `deelkaarten: ${stats.rendered} gemaakt, ${stats.cached} uit cache (${plan.cards.length} kaarten in ${published.files} formaten)` +
            `${drawn === undefined ? '' : `, tekenen mediaan ${Math.round(drawn)} ms per kaart`}; na de build ${seconds.toFixed(1)} s ${placed}`,
        );
        await renderer.close();
      },
    },
  };
}
