import { readFileSync } from 'node:fs';
import path from 'node:path';
import { error, type CheckProblem } from '../messages/content-problems.ts';
import { UPLOAD_TEXT } from '../messages/upload-problems.ts';
import { formatOfName, isComplete, MAX_IMAGE_PIXELS, rasterSize, sniffFormat } from './image-bytes.ts';

/** Files the site reads as UTF-8 text. */
const TEXT_FILE = /\.(md|mdx|ya?ml|csv)$/i;

/**
 * A text file that is something else: a spreadsheet saved as .xlsx and renamed .csv, a PDF, an
 * image, or text saved by Notepad as UTF-16. Reported as what it is, before a parser gives a
 * puzzling error about its bytes.
 */
function checkTextFile(file: string, shown: (file: string) => string): CheckProblem[] {
  const bytes = readFileSync(file);
  const place = { file: shown(file), field: '(bestand)', rule: 'file-format' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || isUtf16WithoutBom(bytes))
    return [error({ ...place, ...UPLOAD_TEXT.utf16 })];
  const found = sniffFormat(bytes);
  if (found !== undefined && found !== 'html' && found !== 'svg')
    return [error({ ...place, ...UPLOAD_TEXT.notText(path.extname(file), found) })];
  // CSV files get the CSV reader's own message; other text would show a replacement sign where é was.
  const line = /\.csv$/i.test(file) ? undefined : firstLineNotUtf8(bytes);
  return line === undefined ? [] : [error({ ...place, line, ...UPLOAD_TEXT.notUtf8 })];
}

/**
 * UTF-16 without its byte-order mark (Excel's "Unicode-tekst", some exports): every other byte of
 * Latin text is NUL, which UTF-8 text never holds. Read as UTF-8 it looks empty or garbled, and the
 * rows silently vanish.
 */
export function isUtf16WithoutBom(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 1024);
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul += 1;
    if (sample[i + 1] === 0) oddNul += 1;
  }
  return Math.max(evenNul, oddNul) / pairs > 0.4;
}

/** The line of the first byte that is not UTF-8 (a Windows-1252 é), or undefined for valid UTF-8. */
function firstLineNotUtf8(bytes: Buffer): number | undefined {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    const text = bytes.toString('utf8');
    const at = text.indexOf('\uFFFD');
    return text.slice(0, Math.max(0, at)).split('\n').length;
  }
}

/**
 * Every image file in the content folder, by its bytes: it is the image its name says (a .jpg
 * that is a PNG, a web page or an iPhone HEIC is refused), and a raster image stays within
 * MAX_IMAGE_PIXELS. Runs on every file with an image name, used or not, so nothing the build
 * might pick up escapes it.
 */
export function checkImageFiles(files: readonly string[], shown: (file: string) => string): CheckProblem[] {
  return files.flatMap((file) => {
    const named = formatOfName(file);
    if (!named) return TEXT_FILE.test(file) ? checkTextFile(file, shown) : [];
    const bytes = readFileSync(file);
    const found = sniffFormat(bytes);
    const place = { file: shown(file), field: '(afbeelding)' };
    if (found !== named) {
      const isImage = found === 'png' || found === 'jpeg' || found === 'gif' || found === 'webp' || found === 'avif' || found === 'svg';
      const words = isImage ? UPLOAD_TEXT.wrongExtension(path.extname(file), found) : UPLOAD_TEXT.notAnImage(path.extname(file), found);
      return [error({ ...place, ...words, rule: 'image-format' })];
    }
    if (found === 'svg') return [];
    const size = rasterSize(bytes, found);
    if (!size || size.width === 0 || size.height === 0 || !isComplete(bytes, found))
      return [error({ ...place, ...UPLOAD_TEXT.unreadableImage, rule: 'image-size' })];
    if (size.width * size.height > MAX_IMAGE_PIXELS)
      return [error({ ...place, ...UPLOAD_TEXT.tooManyPixels(size.width, size.height, MAX_IMAGE_PIXELS / 1e6), rule: 'image-size' })];
    return [];
  });
}
