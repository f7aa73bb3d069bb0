import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EMBED_FOLDER } from '../../src/data/routes.ts';

/** What the embed pages (/insluiten/<visual>/) weigh: each is one self-contained HTML file. */
export interface EmbedWeight {
  pages: number;
  /** gzip -9 of the largest page, its path, and of all pages together, in bytes. */
  largestGzip: number;
  largest: string;
  totalGzip: number;
}

/** The embed pages of a built site, or undefined when it has none (a harvest without charts). */
export function measureEmbedWeight(outDir: string): EmbedWeight | undefined {
  const folder = path.join(outDir, EMBED_FOLDER);
  if (!existsSync(folder)) return undefined;
  const sizes = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(folder, entry.name, 'index.html')))
    .map((entry) => ({
      page: `/${EMBED_FOLDER}/${entry.name}/`,
      gzip: gzipSync(readFileSync(path.join(folder, entry.name, 'index.html')), { level: 9 }).length,
    }));
  if (sizes.length === 0) return undefined;
  const largest = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  return { pages: sizes.length, largestGzip: largest.gzip, largest: largest.page, totalGzip: sizes.reduce((sum, s) => sum + s.gzip, 0) };
}
