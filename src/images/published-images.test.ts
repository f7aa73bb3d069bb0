import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { hasMetadata, publishOnlyUsedImages, withoutMetadata } from './published-images.ts';

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
