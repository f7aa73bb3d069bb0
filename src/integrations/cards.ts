import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishCards, queueAllCards } from '../cards/build-cards.ts';
import { createCardRenderer, type CardRenderer } from '../cards/card-renderer.ts';
import type { CardPlan } from '../cards/card-plan.ts';
import { median } from '../cards/median.ts';
import { planCardsOfModel } from '../cards/model-card-plan.ts';
import type { BuildSettings } from '../config/build-context.ts';
import type { ContentModel } from '../model/content-model.ts';
import { siteFontFiles } from '../raster/svg-to-png.ts';

/** What the cards integration needs: the build settings and the content model (read once per build, shared with the content gate). */
export interface CardsOptions {
  settings: Pick<BuildSettings, 'root' | 'cardCacheDir' | 'buildDate' | 'skipCards'>;
  model: () => ContentModel;
}

/**
 * Share cards in the build. Cards are not Astro routes in a build: when the build starts, this
 * integration plans them from the content model and starts the workers drawing what the cache
 * lacks while Astro writes the pages; after the build it links every PNG from the cache into the
 * output, checks its size, adds the zips of the gallery pages when site.yaml keeps stored zips,
 * and says how many were drawn and how many came from the cache.
 */
export function cardsIntegration({ settings, model }: CardsOptions): AstroIntegration {
  let plan: CardPlan | undefined;
  let renderer: CardRenderer | undefined;
  return {
    name: 'oogst-cards',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (settings.skipCards) return;
        plan = planCardsOfModel(model(), settings.buildDate);
        if (!plan) throw new Error('deelkaarten: site.yaml is niet geldig, er zijn geen kaarten te plannen');
        renderer = createCardRenderer({
          root: settings.root,
          cacheDir: settings.cardCacheDir,
          // resvg draws the text inside embedded chart SVGs and reads TrueType only: the charts module makes those files.
          svgFontFiles: siteFontFiles(),
          warn: (message) => logger.warn(message),
        });
        queueAllCards(plan, renderer);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (settings.skipCards) {
          logger.warn('deelkaarten: overgeslagen (OOGST_SKIP_CARDS=1); deze build is niet om te publiceren');
          return;
        }
        const outDir = fileURLToPath(dir);
        if (!existsSync(path.join(outDir, 'deelkaarten.json'))) throw new Error('deelkaarten: deelkaarten.json ontbreekt in de build');
        if (!plan || !renderer) throw new Error('deelkaarten: de kaarten zijn bij het begin van de build niet gepland');
        const started = performance.now();
        const published = await publishCards(plan, renderer, outDir, path.join(settings.cardCacheDir, 'zips'));
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
