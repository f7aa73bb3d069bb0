import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** Files of a built site that can name an image: pages, feeds, data, styles, scripts. */
const TEXT_FILE = /\.(html|xml|json|css|js|mjs|txt|csv|webmanifest|svg|yml)$/i;
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

/** True when a raster carries metadata beyond its pixels: EXIF (with GPS), XMP, IPTC or an ICC profile. */
export async function hasMetadata(bytes: Buffer): Promise<boolean> {
  const meta = await sharp(bytes).metadata();
  return Boolean(meta.exif || meta.xmp || meta.iptc || meta.icc);
}

/** The raster re-encoded in its own format from its pixels only (orientation applied first, so it still stands upright). */
export async function withoutMetadata(bytes: Buffer): Promise<Buffer> {
  const image = sharp(bytes).rotate();
  const { format } = await sharp(bytes).metadata();
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
