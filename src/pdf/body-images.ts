/**
 * The images of chapter bodies, for the PDF: read from beside the chapter (or the site's public
 * folder, or a data: address), re-encoded from their pixels only, so no EXIF, GPS position, XMP
 * or colour profile travels into the document (a JPEG would otherwise be embedded as it is), and
 * scaled to at most 1600 pixels wide. An image on another site is not fetched (the build fetches
 * nothing): the PDF shows its alt text instead, as it does for one it cannot read.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import sharp from 'sharp';
import { htmlImageUrls } from './body-to-typst.ts';

/** An image ready for the document: where Typst finds it and how wide it is set. */
export interface PdfImage {
  /** Path inside the compiler's own file system ("/afbeeldingen/3fa4….png"). */
  typstPath: string;
  bytes: Buffer;
  /** Width on the page in points, or undefined for the full text width. */
  widthPt: number | undefined;
}

/** Largest width kept, in pixels: sharp on paper at the text width, without a camera's megapixels. */
const MAX_PIXELS = 1600;
/** The text width of the A4 page with its margins, in points (product-document.ts). */
const TEXT_WIDTH_PT = 595 - 2 * 68;
/** Pixels as a screen shows them: 96 per inch, 72 points per inch. */
const POINTS_PER_PIXEL = 0.75;

interface Node {
  type: string;
  url?: string;
  value?: string;
  children?: Node[];
}

/** The image addresses in a body (Markdown images and `<img>` in HTML), in order. */
export function bodyImageUrls(source: string, format: 'md' | 'mdx'): string[] {
  let tree: Node;
  try {
    tree = (format === 'mdx' ? mdxToMdast(source) : markdownToMdast(source)) as Node;
  } catch {
    // body-to-typst.ts reports a body that does not parse, with its file.
    return [];
  }
  const urls: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'image' && node.url) urls.push(node.url);
    if (node.type === 'html' && node.value) urls.push(...htmlImageUrls(node.value));
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return urls;
}

/** Where a body's images may come from: its content folder (beside the chapter) and the site's public folder ("/…"). */
export interface ImageFolders {
  contentDir: string;
  publicDir: string;
}

const inside = (folder: string, file: string) => file.startsWith(path.resolve(folder) + path.sep);

/** The bytes an address in a chapter names, or undefined when they are not on this machine. */
function readSource(url: string, chapterFile: string, folders: ImageFolders): Buffer | undefined {
  const data = /^data:image\/[a-z+.-]+;base64,(.*)$/is.exec(url);
  if (data) return Buffer.from(data[1] ?? '', 'base64');
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined;
  let clean: string;
  try {
    clean = decodeURIComponent(url.split(/[?#]/)[0] ?? '');
  } catch {
    return undefined;
  }
  const root = clean.startsWith('/') ? folders.publicDir : folders.contentDir;
  const file = path.resolve(clean.startsWith('/') ? folders.publicDir : path.dirname(chapterFile), clean.replace(/^\/+/, ''));
  // An address may not climb out of the folder it is read from.
  if (!inside(root, file)) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** One image, re-encoded for the document; undefined when it cannot be read or decoded. */
export async function preparePdfImage(url: string, chapterFile: string, folders: ImageFolders): Promise<PdfImage | undefined> {
  const source = readSource(url, chapterFile, folders);
  if (!source) return undefined;
  try {
    const input = sharp(source, { animated: false });
    const { hasAlpha } = await input.metadata();
    const scaled = input.rotate().resize({ width: MAX_PIXELS, withoutEnlargement: true });
    // sharp writes no metadata unless asked: the result is pixels only. PNG keeps transparency.
    const { data, info } = hasAlpha
      ? await scaled.png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true })
      : await scaled.jpeg({ quality: 82, mozjpeg: true }).toBuffer({ resolveWithObject: true });
    const widthPt = info.width * POINTS_PER_PIXEL;
    const name = `${createHash('sha256').update(data).digest('hex').slice(0, 24)}.${hasAlpha ? 'png' : 'jpg'}`;
    return { typstPath: `/afbeeldingen/${name}`, bytes: data, widthPt: widthPt >= TEXT_WIDTH_PT ? undefined : Math.round(widthPt) };
  } catch {
    return undefined;
  }
}
