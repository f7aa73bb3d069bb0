import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { cleanSvg } from './svg-clean.ts';

/** Files of a built site that can name an image: pages, feeds, data, styles, scripts. */
const TEXT_FILE = /\.(html|xml|json|css|js|mjs|txt|csv|webmanifest|svg|yml)$/i;
/** Drawings, published as the site re-writes them (src/images/svg-clean.ts). */
const SVG_FILE = /\.svg$/i;
/** Images Astro writes into its asset folder. */
const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;
/** Rasters that can carry EXIF, XMP, IPTC or GPS data. */
const RASTER_FILE = /\.(png|jpe?g|webp|avif|gif)$/i;

/** Every file below `dir`, absolute. */
const filesBelow = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => path.join(item.parentPath, item.name));

/** The names of Astro's assets that any text file of the site names (`/_astro/straat.Bx12.webp`). */
export function referencedAssets(outDir: string, assetFolder = '_astro'): Set<string> {
  const names = new Set<string>();
  const pattern = new RegExp(`${assetFolder}/([^"'()\\s,?#<>&\\\\]+)`, 'g');
  for (const file of filesBelow(outDir)) {
    if (!TEXT_FILE.test(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) names.add(decodeURIComponent(match[1]!));
  }
  return names;
}

/** PNG chunks that hold pixels or how to show them; any other (tEXt, iTXt, zTXt, eXIf, iCCP, tIME …) holds data about the picture. */
const PNG_PICTURE_CHUNKS = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'sBIT',
  'bKGD',
  'pHYs',
  'acTL',
  'fcTL',
  'fdAT',
]);

/**
 * Data beside the pixels, read from the file's own structure rather than from what a decoder
 * reports: a JPEG's APP1–APP15 segments (EXIF, XMP, IPTC, ICC) and comments, a PNG's text and
 * EXIF chunks, a WebP's EXIF, XMP and ICC chunks, a GIF's comments and application blocks
 * other than the animation loop.
 */
export function hasHiddenData(bytes: Buffer): boolean {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    for (let at = 2; at + 4 <= bytes.length && bytes[at] === 0xff;) {
      const marker = bytes[at + 1]!;
      if (marker === 0xda || marker === 0xd9) return false;
      if ((marker >= 0xe1 && marker <= 0xef) || marker === 0xfe) return true;
      if (marker === 0xe0 && bytes.subarray(at + 4, at + 9).toString('latin1') !== 'JFIF\0') return true;
      at += 2 + bytes.readUInt16BE(at + 2);
    }
    return false;
  }
  if (bytes.subarray(1, 4).toString('latin1') === 'PNG') {
    for (let at = 8; at + 8 <= bytes.length;) {
      const type = bytes.subarray(at + 4, at + 8).toString('latin1');
      if (!PNG_PICTURE_CHUNKS.has(type)) return true;
      at += 12 + bytes.readUInt32BE(at);
    }
    return false;
  }
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') {
    for (let at = 12; at + 8 <= bytes.length;) {
      const type = bytes.subarray(at, at + 4).toString('latin1');
      if (type === 'EXIF' || type === 'XMP ' || type === 'ICCP') return true;
      const size = bytes.readUInt32LE(at + 4);
      at += 8 + size + (size % 2);
    }
    return false;
  }
  if (bytes.subarray(0, 3).toString('latin1') === 'GIF') {
    // A byte search, not a parse: a false alarm only means one more re-encoding.
    for (let at = bytes.indexOf(0x21); at >= 0; at = bytes.indexOf(0x21, at + 1)) {
      if (bytes[at + 1] === 0xfe) return true;
      if (
        bytes[at + 1] === 0xff &&
        bytes[at + 2] === 11 &&
        !/^(NETSCAPE2\.0|ANIMEXTS1\.0)$/.test(bytes.subarray(at + 3, at + 14).toString('latin1'))
      )
        return true;
    }
  }
  return false;
}

/** True when a raster carries data beyond its pixels: EXIF (with GPS), XMP, IPTC, an ICC profile, comments or text chunks. */
export async function hasMetadata(bytes: Buffer): Promise<boolean> {
  const meta = await sharp(bytes).metadata();
  return Boolean(meta.exif || meta.xmp || meta.iptc || meta.icc || (meta.comments?.length ?? 0) > 0) || hasHiddenData(bytes);
}

/** The raster re-encoded in its own format from its pixels only (orientation applied first, so it still stands upright). */
export async function withoutMetadata(bytes: Buffer): Promise<Buffer> {
  const { format, pages } = await sharp(bytes).metadata();
  // An animation keeps its frames.
  const image = sharp(bytes, { animated: (pages ?? 1) > 1 }).rotate();
  // sharp writes no metadata unless asked to (withMetadata/keepExif): the result is pixels only.
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: 85, mozjpeg: true }).toBuffer();
    case 'png':
      return image.png().toBuffer();
    case 'webp':
      return image.webp({ quality: 85 }).toBuffer();
    case 'gif':
      return image.gif().toBuffer();
    case 'heif':
      return image.avif({ quality: 60 }).toBuffer();
    default:
      throw new Error(`onbekend afbeeldingsformaat ${format ?? '?'}`);
  }
}

/**
 * After the build: what is in the asset folder that no page, feed, card or data file names is
 * removed (Astro also copies the original of every image it resizes, a phone photo with its GPS
 * position included, and the images of drafts), and every raster that stays is re-encoded
 * without metadata. Returns what it did, for the build log.
 */
export async function publishOnlyUsedImages(outDir: string, assetFolder = '_astro'): Promise<{ removed: string[]; cleaned: string[] }> {
  const folder = path.join(outDir, assetFolder);
  let images: string[];
  try {
    images = filesBelow(folder).filter((file) => IMAGE_FILE.test(file));
  } catch {
    return { removed: [], cleaned: [] };
  }
  const used = referencedAssets(outDir, assetFolder);
  const removed: string[] = [];
  const cleaned: string[] = [];
  for (const file of images) {
    const name = path.relative(folder, file).split(path.sep).join('/');
    if (!used.has(name)) {
      rmSync(file);
      removed.push(name);
    } else if (SVG_FILE.test(file)) {
      const text = readFileSync(file, 'utf8');
      const clean = cleanSvg(text);
      if (clean !== text) {
        writeFileSync(file, clean);
        cleaned.push(name);
      }
    } else if (RASTER_FILE.test(file)) {
      const bytes = readFileSync(file);
      if (await hasMetadata(bytes)) {
        writeFileSync(file, await withoutMetadata(bytes));
        cleaned.push(name);
      }
    }
  }
  return { removed, cleaned };
}
