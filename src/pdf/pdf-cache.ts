/**
 * The PDF in Astro's cache folder, keyed by a hash of everything that makes it (the Typst
 * source, the images it names, the fonts, the compiler's version, the build date): a build whose
 * content did not change takes the same bytes instead of setting the document again. Only the
 * newest is kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The file beside the cached PDF that tells the build log its size and time (src/integrations/product-pdf.ts). */
export const PDF_BUILD_REPORT = 'last-build.json';

/** The cache key of a document: a hash over each input in order. */
export function pdfCacheKey(parts: readonly (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(createHash('sha256').update(part).digest());
  return hash.digest('hex').slice(0, 32);
}

/** The cached PDF for `key`, or undefined. */
export function readCachedPdf(cacheDir: string, key: string): Buffer | undefined {
  const file = path.join(cacheDir, `${key}.pdf`);
  return existsSync(file) ? readFileSync(file) : undefined;
}

/** Keeps `pdf` as the one cached document, written under a temporary name and renamed (never half a file). */
export function storeCachedPdf(cacheDir: string, key: string, pdf: Buffer): void {
  mkdirSync(cacheDir, { recursive: true });
  const partial = path.join(cacheDir, `.partial-${process.pid}`);
  writeFileSync(partial, pdf);
  for (const name of readdirSync(cacheDir)) {
    if (name.endsWith('.pdf')) rmSync(path.join(cacheDir, name), { force: true });
  }
  renameSync(partial, path.join(cacheDir, `${key}.pdf`));
}
