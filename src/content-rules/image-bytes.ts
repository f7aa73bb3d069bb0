/**
 * What an image file really is, from its bytes, not its name: a phone's HEIC saved as .jpg, a
 * web page saved as .png or a PNG renamed .jpg are told apart before anything reads them. The
 * size comes from the header, so a decompression bomb is refused before it is decoded.
 */

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif' | 'svg';
/** What a file is when it is not an image the site takes. */
export type OtherFormat = 'html' | 'pdf' | 'zip' | 'heic';

/** Largest image the site takes, in pixels (a 40-megapixel phone photo is 7,300 × 5,500). */
export const MAX_IMAGE_PIXELS = 50_000_000;

const startsWith = (bytes: Buffer, ...values: number[]) => values.every((value, index) => bytes[index] === value);
const ascii = (bytes: Buffer, from: number, to: number) => bytes.subarray(from, to).toString('latin1');

/** The format of a file from its first bytes; undefined when it is nothing the site knows. */
export function sniffFormat(bytes: Buffer): ImageFormat | OtherFormat | undefined {
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brands = ascii(bytes, 8, Math.min(bytes.length, 64));
    if (/avif|avis/.test(brands)) return 'avif';
    if (/heic|heix|hevc|mif1|msf1/.test(brands)) return 'heic';
  }
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'zip';
  const text = bytes
    .subarray(0, 1024)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^(<!doctype\s+html|<html|<head|<body)/i.test(text)) return 'html';
  // An SVG is XML whose root is <svg>, perhaps after a declaration and comments.
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(text)) return 'svg';
  return undefined;
}

/** The format a file name promises. */
export function formatOfName(name: string): ImageFormat | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'jpg' || extension === 'jpeg') return 'jpeg';
  return (['png', 'gif', 'webp', 'avif', 'svg'] as const).find((format) => format === extension);
}

/** Width and height from a raster image's header; undefined when the header cannot be read. */
export function rasterSize(bytes: Buffer, format: ImageFormat): { width: number; height: number } | undefined {
  try {
    switch (format) {
      case 'png':
        return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
      case 'gif':
        return { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) };
      case 'webp':
        return webpSize(bytes);
      case 'jpeg':
        return jpegSize(bytes);
      case 'avif':
        return avifSize(bytes);
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}

function webpSize(bytes: Buffer) {
  const chunk = ascii(bytes, 12, 16);
  if (chunk === 'VP8X') return { width: 1 + bytes.readUIntLE(24, 3), height: 1 + bytes.readUIntLE(27, 3) };
  if (chunk === 'VP8L') {
    const bits = bytes.readUInt32LE(21);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
  }
  if (chunk === 'VP8 ') return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
  return undefined;
}

/** The size in the first start-of-frame marker (SOF0–SOF15 except DHT, JPG and DAC). */
function jpegSize(bytes: Buffer) {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = bytes.readUInt16BE(offset + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { width: bytes.readUInt16BE(offset + 7), height: bytes.readUInt16BE(offset + 5) };
    offset += 2 + length;
  }
  return undefined;
}

/** True when a raster file ends as its format says (a transfer cut short would make the build's image step fail). */
export function isComplete(bytes: Buffer, format: ImageFormat): boolean {
  switch (format) {
    case 'png':
      return bytes.lastIndexOf('IEND', undefined, 'latin1') >= 8;
    case 'gif':
      return bytes.includes(0x3b, 13);
    case 'jpeg': {
      // The end-of-image marker after the start of the scan (an EXIF thumbnail has one of its own before it).
      const scan = bytes.lastIndexOf(Buffer.from([0xff, 0xda]));
      return scan > 0 && bytes.indexOf(Buffer.from([0xff, 0xd9]), scan) > scan;
    }
    case 'webp':
      return bytes.length >= 8 + bytes.readUInt32LE(4);
    default:
      return true;
  }
}

/** The size in the first image spatial extents ('ispe') property. */
function avifSize(bytes: Buffer) {
  const at = bytes.indexOf('ispe', 0, 'latin1');
  if (at < 0) return undefined;
  return { width: bytes.readUInt32BE(at + 8), height: bytes.readUInt32BE(at + 12) };
}
