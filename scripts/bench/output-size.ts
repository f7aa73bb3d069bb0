import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { OutputShape } from './hosts.ts';

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
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })
      .length,
  };
}

/** Every file below a folder, as paths relative to it. */
export function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

/** The output measured: sizes in total and per kind, and the figures hosts limit (see hosts.ts). */
export interface OutputMeasure {
  total: SizeTotals;
  byType: Record<FileType, SizeTotals>;
  shape: OutputShape;
}

/** Output size of a built site: in total, per kind of file, its largest file and its fullest folder. */
export function measureOutput(outDir: string): OutputMeasure {
  const empty = (): SizeTotals => ({ files: 0, raw: 0, gzip: 0, brotli: 0 });
  const byType = Object.fromEntries(FILE_TYPES.map((type) => [type, empty()])) as Record<FileType, SizeTotals>;
  const total = empty();
  const largestFile = { path: '', bytes: 0 };
  const perFolder = new Map<string, number>();
  for (const file of listFiles(outDir)) {
    const sizes = compressedSizes(file, readFileSync(path.join(outDir, file)));
    if (sizes.raw > largestFile.bytes) Object.assign(largestFile, { path: file.split(path.sep).join('/'), bytes: sizes.raw });
    const folder = path.dirname(file).split(path.sep).join('/');
    perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
    for (const bucket of [total, byType[typeOf(file)]]) {
      bucket.files++;
      bucket.raw += sizes.raw;
      bucket.gzip += sizes.gzip;
      bucket.brotli += sizes.brotli;
    }
  }
  const fullestFolder = { path: '.', files: 0 };
  for (const [folder, files] of perFolder) if (files > fullestFolder.files) Object.assign(fullestFolder, { path: folder, files });
  return { total, byType, shape: { files: total.files, bytes: total.raw, largestFile, fullestFolder } };
}
