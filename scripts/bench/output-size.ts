import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes of one kind of file: as written, and as a compressing host would send them. */
export interface SizeTotals {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

/** The kinds of output the report separates. */
export const FILE_TYPES = ['html', 'css', 'js', 'fonts', 'images', 'search', 'other'] as const;
export type FileType = (typeof FILE_TYPES)[number];

/** Which kind a built file is, from its path relative to the output folder. */
export function typeOf(file: string): FileType {
  if (file.startsWith('pagefind/') || file.startsWith(`pagefind${path.sep}`)) return 'search';
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html') return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (['.woff2', '.woff', '.ttf', '.otf'].includes(ext)) return 'fonts';
  if (['.png', '.jpg', '.jpeg', '.webp', '.avif', '.svg', '.gif', '.ico'].includes(ext)) return 'images';
  return 'other';
}

// Formats that are compressed already: a host sends them as they are.
const PRECOMPRESSED = /\.(png|jpe?g|webp|avif|gif|woff2?|zip|wasm|pf_[a-z]+|pagefind)$/i;

/**
 * Compressed sizes of one file's bytes. gzip at level 9; brotli at quality 9, which is near
 * quality 11 for text and an order of magnitude faster over thousands of pages.
 */
export function compressedSizes(file: string, bytes: Buffer): Omit<SizeTotals, 'files'> {
  if (PRECOMPRESSED.test(file)) return { raw: bytes.length, gzip: bytes.length, brotli: bytes.length };
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
  };
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

/** Output size of a built site: in total and per kind of file. */
export function measureOutput(outDir: string): { total: SizeTotals; byType: Record<FileType, SizeTotals> } {
  const empty = (): SizeTotals => ({ files: 0, raw: 0, gzip: 0, brotli: 0 });
  const byType = Object.fromEntries(FILE_TYPES.map((type) => [type, empty()])) as Record<FileType, SizeTotals>;
  const total = empty();
  for (const file of listFiles(outDir)) {
    const sizes = compressedSizes(file, readFileSync(path.join(outDir, file)));
    for (const bucket of [total, byType[typeOf(file)]]) {
      bucket.files++;
      bucket.raw += sizes.raw;
      bucket.gzip += sizes.gzip;
      bucket.brotli += sizes.brotli;
    }
  }
  return { total, byType };
}
