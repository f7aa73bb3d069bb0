import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { peekSharedCardRenderer } from '../cards/card-renderer.ts';
import type { CardManifest } from '../cards/gallery.ts';

/** Width and height from a PNG's header, or undefined when the file is no PNG. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Share cards in the build: points the card cache at Astro's cache folder, and after the build
 * checks that every card of deelkaarten.json exists at its size, and says how many were drawn
 * and how many came from the cache. The cards themselves are endpoints under src/pages/deelkaarten/.
 */
export function cardsIntegration(): AstroIntegration {
  return {
    name: 'oogst-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        process.env.OOGST_CARD_CACHE ??= fileURLToPath(new URL('oogst-cards/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const manifestFile = fileURLToPath(new URL('deelkaarten.json', dir));
        if (!existsSync(manifestFile)) throw new Error('deelkaarten: deelkaarten.json ontbreekt in de build');
        const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as CardManifest;
        const problems: string[] = [];
        for (const card of manifest.cards) {
          for (const size of card.sizes) {
            const file = fileURLToPath(new URL(`.${size.url}`, dir));
            const found = existsSync(file) ? readPngSize(readFileSync(file)) : undefined;
            if (!found || found.width !== size.width || found.height !== size.height) problems.push(`${size.url} (${found ? `${found.width}×${found.height}` : 'ontbreekt'})`);
          }
        }
        if (problems.length > 0) throw new Error(`deelkaarten: ${problems.length} kaarten ontbreken of hebben een verkeerde maat:\n${problems.join('\n')}`);
        const renderer = peekSharedCardRenderer();
        const stats = renderer?.stats() ?? { rendered: 0, cached: 0 };
        logger.info(`deelkaarten: ${stats.rendered} gemaakt, ${stats.cached} uit cache (${manifest.cards.length} kaarten in ${manifest.cards.length * 4} formaten)`);
        await renderer?.close();
      },
    },
  };
}
