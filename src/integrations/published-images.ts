import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishOnlyUsedImages } from '../images/published-images.ts';

/**
 * Every image in dist/ is one the site made and uses: after the pages, cards and feeds are
 * written, the asset folder keeps only images something names, each without metadata
 * (src/images/published-images.ts).
 */
export default function publishedImages(): AstroIntegration {
  return {
    name: 'oogst-published-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { removed, cleaned } = await publishOnlyUsedImages(fileURLToPath(dir));
        if (removed.length + cleaned.length > 0)
          logger.info(
            `afbeeldingen: ${removed.length} ongebruikte niet gepubliceerd, ${cleaned.length} zonder metadata opnieuw opgeslagen`,
          );
      },
    },
  };
}
