import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { Zip, ZipPassThrough } from 'fflate';
import { ZIP_ENTRY_DATE } from './browser-zip.ts';
import { zipEntryName } from './gallery.ts';

/** A card file ready to publish: its path on the site and its PNG in the cache. */
export interface CardFile {
  /** Site path, e.g. "/deelkaarten/themas/wonen-1200x630.png". */
  url: string;
  /** The PNG in the card cache. */
  file: string;
  /** The card's cache key: the same key means the same bytes. */
  key: string;
}

/**
 * Puts `source` at `target` as a hard link, so thousands of cards cost no copying; falls back
 * to a copy where links are impossible (another file system). Both paths must be absolute.
 */
export function placeFile(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    // A rebuild into the same folder: replace the old file. Anything else (another file system): copy.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      rmSync(target, { force: true });
      return placeFile(source, target);
    }
    if (!existsSync(source)) throw new Error(`deelkaarten: ${source} ontbreekt in de cache; verwijder de cachemap en bouw opnieuw`);
    copyFileSync(source, target);
  }
}

/** Puts every card's PNG at its place below `outDir`. */
export function placeCardFiles(outDir: string, cards: readonly CardFile[]): void {
  const folders = new Set<string>();
  for (const card of cards) {
    const target = path.join(outDir, card.url);
    const folder = path.dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    placeFile(card.file, target);
  }
}

/** Width and height from a PNG's header, or undefined when the bytes are no PNG. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

// The zip format without its 64-bit extension, which fflate does not write.
const ZIP_MAX_ENTRIES = 0xffff;
const ZIP_MAX_BYTES = 0xffffffff;

/**
 * The zip of `cards` in `zipDir`, named after a digest of the cards' names and cache keys, so
 * an unchanged set of cards reuses the zip of the previous build. The zip is written as a
 * stream (PNGs are stored, not compressed again), one card in memory at a time. Returns the
 * zip's path; removeOtherZips clears out the zips no longer wanted.
 */
export function writeCardZip(cards: readonly CardFile[], zipDir: string): string {
  const sorted = [...cards].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const digest = createHash('sha256');
  for (const card of sorted) digest.update(`${card.url}\0${card.key}\n`);
  const zipFile = path.join(zipDir, `${digest.digest('hex').slice(0, 32)}.zip`);
  if (existsSync(zipFile)) return zipFile;
  if (sorted.length > ZIP_MAX_ENTRIES) {
    throw new Error(`deelkaarten: ${sorted.length} kaartbestanden passen niet in één zip (hooguit ${ZIP_MAX_ENTRIES}).`);
  }
  mkdirSync(zipDir, { recursive: true });
  const temporary = `${zipFile}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  let written = 0;
  let failure: Error | null = null;
  try {
    // With stored entries fflate calls back synchronously, so each chunk is on disk before the next card is read.
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else written += writeSync(fd, chunk);
    });
    for (const card of sorted) {
      const entry = new ZipPassThrough(zipEntryName(card.url));
      // A fixed local date keeps the zip byte-identical in every time zone when the cards are.
      entry.mtime = ZIP_ENTRY_DATE;
      zip.add(entry);
      entry.push(readFileSync(card.file), true);
      if (failure) throw failure;
    }
    zip.end();
    if (failure) throw failure;
  } finally {
    closeSync(fd);
  }
  if (written > ZIP_MAX_BYTES) {
    rmSync(temporary, { force: true });
    throw new Error(
      `deelkaarten: een zip van ${sorted.length} kaartbestanden wordt ${Math.round(written / 2 ** 20)} MiB, meer dan de 4 GiB die een zip zonder zip64 kan bevatten.`,
    );
  }
  renameSync(temporary, zipFile);
  return zipFile;
}

/** Removes every zip in `zipDir` but `keep`, so the cache holds only what the last build published. */
export function removeOtherZips(zipDir: string, keep: readonly string[]): void {
  const wanted = new Set(keep.map((file) => path.resolve(file)));
  for (const name of readdirSync(zipDir))
    if (name.endsWith('.zip') && !wanted.has(path.resolve(zipDir, name))) rmSync(path.join(zipDir, name), { force: true });
}
