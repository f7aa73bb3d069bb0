import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CardBrand, CardSize, CardSpec, CardWarning } from './card-types.ts';
import { hashCardFonts } from './fonts.ts';
import { codeFingerprint } from '../config/code-fingerprint.ts';

/** Bump when the rendering changes in a way the source hash cannot see (none known; kept for a manual flush). */
export const CARD_CACHE_VERSION = 2;

/**
 * A digest of everything besides the card's own data that shapes its pixels: the modules the
 * render worker imports (followed from render-worker.ts, so code that only plans or serves cards
 * does not invalidate them), the satori, resvg and sharp versions (sharp encodes the PNG), and
 * the font files (also those resvg uses for text in embedded charts).
 */
export function hashRenderingInputs(root: string, svgFontFiles: string[] = []): string {
  const packages = ['satori', '@resvg/resvg-js', 'sharp'].map((pkg) => readFileSync(path.join(root, 'node_modules', pkg, 'package.json')));
  const fonts = svgFontFiles.map((file) => readFileSync(file));
  return codeFingerprint(root, ['src/cards/render-worker.ts'], [`v${CARD_CACHE_VERSION}`, ...fonts, ...packages, hashCardFonts(root)]);
}

/** The cache key of one card in one size. */
export function cardCacheKey(renderingHash: string, spec: CardSpec, brand: CardBrand, size: CardSize): string {
  // Where the entry's file is only goes into messages, which are made when they are shown: a
  // content folder that moves (or another copy of it) keeps its cards.
  const { source: _source, ...drawn } = spec;
  return createHash('sha256')
    .update(renderingHash)
    .update(JSON.stringify([drawn, brand, size]))
    .digest('hex');
}

/** A card in the cache: where its PNG is, and the warnings it was drawn with. */
export interface CachedCard {
  file: string;
  warnings: CardWarning[];
}

/**
 * Rendered cards on disk: one PNG per key, plus a JSON of its warnings for the few cards that
 * have any. Lookups return the file, not its bytes: a build with thousands of cards links the
 * files into the output and must not hold them all in memory.
 */
export interface CardCache {
  lookup(key: string): CachedCard | undefined;
  write(key: string, entry: { png: Uint8Array; warnings: CardWarning[] }): CachedCard;
}

/**
 * A cache in `folder`. The folder is listed once when it opens: a build asks for every card,
 * and a file check per card costs seconds at thousands of cards (a miss is checked on disk). Writes go through a temporary
 * name, warnings before the PNG, so a PNG in the folder always means a complete entry and a
 * stopped build never leaves half of one.
 */
export function openCardCache(folder: string): CardCache {
  mkdirSync(folder, { recursive: true });
  const present = new Set(readdirSync(folder));
  const name = (key: string, ext: string) => `${key}.${ext}`;
  const file = (key: string, ext: string) => path.join(folder, name(key, ext));
  const writeAtomic = (target: string, data: string | Uint8Array) => {
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, target);
  };
  return {
    lookup(key) {
      // Not listed: perhaps another process (the dev server, a second build) wrote it since.
      if (!present.has(name(key, 'png'))) {
        if (!existsSync(file(key, 'png'))) return undefined;
        for (const ext of ['png', 'json']) if (existsSync(file(key, ext))) present.add(name(key, ext));
      }
      const warnings = present.has(name(key, 'json'))
        ? (JSON.parse(readFileSync(file(key, 'json'), 'utf8')) as { warnings: CardWarning[] }).warnings
        : [];
      return { file: file(key, 'png'), warnings };
    },
    write(key, entry) {
      if (entry.warnings.length > 0) {
        writeAtomic(file(key, 'json'), JSON.stringify({ warnings: entry.warnings }));
        present.add(name(key, 'json'));
      }
      writeAtomic(file(key, 'png'), entry.png);
      present.add(name(key, 'png'));
      return { file: file(key, 'png'), warnings: entry.warnings };
    },
  };
}
