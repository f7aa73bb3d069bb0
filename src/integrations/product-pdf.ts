import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PDF_BUILD_REPORT } from '../pdf/pdf-cache.ts';

const SETTINGS_MODULE = 'virtual:oogst/pdf-settings';

/**
 * The final product's PDF (made by the route src/pages/eindproduct/[document].pdf.ts): gives the
 * route its cache folder inside Astro's cacheDir as a typed virtual module (src/pdf/settings.d.ts),
 * and after the build says in the log how large the document is and whether it came from the cache.
 */
export default function productPdf(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'oogst-product-pdf',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        cacheDir = fileURLToPath(new URL('oogst-pdf/', config.cacheDir));
        const resolved = `\0${SETTINGS_MODULE}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'oogst-pdf-settings',
                resolveId: (id: string) => (id === SETTINGS_MODULE ? resolved : undefined),
                load: (id: string) => (id === resolved ? `export const pdfCacheDir = ${JSON.stringify(cacheDir)};` : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        const report = path.join(cacheDir, PDF_BUILD_REPORT);
        if (!existsSync(report)) throw new Error('eindproduct-pdf: de PDF is niet gemaakt (src/pages/eindproduct/[document].pdf.ts)');
        const { name, bytes, seconds, fromCache } = JSON.parse(readFileSync(report, 'utf8')) as {
          name: string;
          bytes: number;
          seconds: number;
          fromCache: boolean;
        };
        logger.info(
          `eindproduct-pdf: ${name}.pdf ${Math.round(bytes / 1000)} kB in ${seconds.toFixed(1)} s${fromCache ? ' (uit cache)' : ''}`,
        );
      },
    },
  };
}
