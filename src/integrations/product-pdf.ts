import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { BuildSettings } from '../config/build-context.ts';
import { PDF_BUILD_REPORT } from '../pdf/pdf-cache.ts';

/**
 * The final product's PDF (made by the route src/pages/eindproduct/[document].pdf.ts, which finds
 * its cache folder in the build context): after the build says in the log how large the document
 * is and whether it came from the cache.
 */
export default function productPdf(settings: Pick<BuildSettings, 'pdfCacheDir'>): AstroIntegration {
  return {
    name: 'oogst-product-pdf',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const report = path.join(settings.pdfCacheDir, PDF_BUILD_REPORT);
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
