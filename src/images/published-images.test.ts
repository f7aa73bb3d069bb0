import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import { hasHiddenData, hasMetadata, publishOnlyUsedImages, withoutMetadata } from './published-images.ts';

/** A phone photo: a JPEG with a GPS position, camera make and XMP in it. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Telefoonmerk', Model: 'Model X' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 18/1 0/1' },
    })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
    .toBuffer();
}

/** A JPEG segment (marker, length, payload). */
const segment = (marker: number, payload: string) => {
  const length = Buffer.alloc(2);
  length.writeUInt16BE(payload.length + 2);
  return Buffer.concat([Buffer.from([0xff, marker]), length, Buffer.from(payload, 'latin1')]);
};
/** A PNG chunk with its CRC. */
const chunk = (type: string, data: string) => {
  const body = Buffer.from(type + data, 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
};
const plain = (format: 'jpeg' | 'png' | 'webp' | 'gif') =>
  sharp({ create: { width: 32, height: 24, channels: 3, background: '#369' } })
    .toFormat(format)
    .toBuffer();

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('published images', () => {
  it('the test photo really carries GPS EXIF and XMP', async () => {
    const meta = await sharp(await phonePhoto()).metadata();
    expect(meta.exif?.includes(Buffer.from('Telefoonmerk'))).toBe(true);
    expect(meta.xmp).toBeDefined();
    expect(await hasMetadata(await phonePhoto())).toBe(true);
  });

  it('re-encodes a raster from its pixels only: no EXIF, GPS, XMP, IPTC or ICC', async () => {
    const clean = await withoutMetadata(await phonePhoto());
    const meta = await sharp(clean).metadata();
    expect(meta.format).toBe('jpeg');
    expect([meta.exif, meta.xmp, meta.iptc, meta.icc]).toEqual([undefined, undefined, undefined, undefined]);
    expect(clean.includes(Buffer.from('Telefoonmerk'))).toBe(false);
    expect({ width: meta.width, height: meta.height }).toEqual({ width: 64, height: 48 });
  });

  it('finds data beside the pixels that a decoder does not report: JPEG and GIF comments, PNG text chunks, WebP EXIF', async () => {
    const jpeg = await plain('jpeg');
    const png = await plain('png');
    const gif = await plain('gif');
    const webp = await plain('webp');
    for (const clean of [jpeg, png, gif, webp]) expect(hasHiddenData(clean)).toBe(false);
    const commented = Buffer.concat([jpeg.subarray(0, 2), segment(0xfe, 'GEHEIM: foto van Jan'), jpeg.subarray(2)]);
    const texted = Buffer.concat([png.subarray(0, 33), chunk('tEXt', 'Author\0Jan Jansen'), png.subarray(33)]);
    const gifComment = Buffer.concat([
      gif.subarray(0, gif.length - 1),
      Buffer.from([0x21, 0xfe, 4]),
      Buffer.from('Jan!'),
      Buffer.from([0, 0x3b]),
    ]);
    const webpExif = await sharp(webp)
      .withExif({ IFD0: { Artist: 'Jan Jansen' } })
      .toBuffer();
    for (const found of [commented, texted, gifComment, webpExif]) {
      expect(hasHiddenData(found)).toBe(true);
      expect(await hasMetadata(found)).toBe(true);
      const clean = await withoutMetadata(found);
      expect(await hasMetadata(clean)).toBe(false);
      expect(clean.includes(Buffer.from('Jan'))).toBe(false);
    }
  });

  it('publishes a used SVG re-written without comments and the drawing program’s own data', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'oogst-images-'));
    dirs.push(out);
    mkdirSync(path.join(out, '_astro'));
    writeFileSync(
      path.join(out, '_astro/logo.Ab12.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" sodipodi:docname="C:\\Users\\jan\\logo.svg"><!-- intern --><rect width="1" height="1"/></svg>',
    );
    writeFileSync(path.join(out, 'index.html'), '<img src="/_astro/logo.Ab12.svg">');
    expect((await publishOnlyUsedImages(out)).cleaned).toEqual(['logo.Ab12.svg']);
    expect(readFileSync(path.join(out, '_astro/logo.Ab12.svg'), 'utf8')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>\n',
    );
  });

  it('after a build, removes asset images nothing names (the original, a draft’s image) and strips the ones in use', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'oogst-images-'));
    dirs.push(out);
    mkdirSync(path.join(out, '_astro'));
    mkdirSync(path.join(out, 'verhalen/x'), { recursive: true });
    const photo = await phonePhoto();
    writeFileSync(path.join(out, '_astro/straat.Ab12.jpg'), photo);
    writeFileSync(path.join(out, '_astro/straat.Ab12_Z1.jpg'), photo);
    writeFileSync(path.join(out, '_astro/concept.Cd34.jpg'), photo);
    writeFileSync(path.join(out, '_astro/index.Ef56.css'), 'body{}');
    writeFileSync(
      path.join(out, 'verhalen/x/index.html'),
      '<img src="/_astro/straat.Ab12_Z1.jpg" srcset="/_astro/straat.Ab12_Z1.jpg 640w"><link href="/_astro/index.Ef56.css">',
    );
    const result = await publishOnlyUsedImages(out);
    expect(result.removed.sort()).toEqual(['concept.Cd34.jpg', 'straat.Ab12.jpg']);
    expect(result.cleaned).toEqual(['straat.Ab12_Z1.jpg']);
    expect(existsSync(path.join(out, '_astro/index.Ef56.css'))).toBe(true);
    expect(await hasMetadata(readFileSync(path.join(out, '_astro/straat.Ab12_Z1.jpg')))).toBe(false);
  });
});
