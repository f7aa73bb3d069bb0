import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { bodyImageUrls, preparePdfImage } from '../../src/pdf/body-images.ts';
import { bodyToTypst } from '../../src/pdf/body-to-typst.ts';
import { compileTypstPdf } from '../../src/pdf/compile-pdf.ts';
import { inspectPdf } from '../support/pdf-inspect.ts';

const SECRET = 'GPS-52.0907-5.1214-Geheim';

/** A content folder with a chapter and a phone photo beside it that carries EXIF, and a public folder. */
async function folders() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'oogst-pdf-images-'));
  const contentDir = path.join(root, 'content');
  const publicDir = path.join(root, 'public');
  mkdirSync(path.join(contentDir, 'chapters'), { recursive: true });
  mkdirSync(publicDir);
  const photo = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#3a6b1b' } })
    .jpeg()
    .withExif({ IFD0: { Copyright: SECRET, Artist: SECRET } })
    .toBuffer();
  writeFileSync(path.join(contentDir, 'chapters', 'foto.jpg'), photo);
  const logo = await sharp({ create: { width: 120, height: 60, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } })
    .png()
    .toBuffer();
  writeFileSync(path.join(publicDir, 'logo.png'), logo);
  writeFileSync(path.join(root, 'buiten.png'), logo);
  return { chapter: path.join(contentDir, 'chapters', 'een.mdx'), where: { contentDir, publicDir }, photo, logo };
}

describe('images of chapter bodies in the PDF', () => {
  it('finds the image addresses of a body', () => {
    expect(bodyImageUrls('Tekst ![een](./a.jpg) en\n\n![twee](/b.png)\n\n<p>En <img src="./c.png" alt="drie"></p>', 'md')).toEqual([
      './a.jpg',
      '/b.png',
      './c.png',
    ]);
  });

  it('re-encodes a photo from its pixels only, at most 1600 pixels wide, and keeps nothing of its EXIF', async () => {
    const { chapter, where, photo } = await folders();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const image = await preparePdfImage('./foto.jpg', chapter, where);
    expect(image?.typstPath).toMatch(/^\/afbeeldingen\/[0-9a-f]{24}\.jpg$/);
    const meta = await sharp(image!.bytes).metadata();
    expect(meta).toMatchObject({ width: 1600, height: 800 });
    expect(meta.exif ?? meta.xmp ?? meta.iptc ?? meta.icc).toBeUndefined();
    expect(image!.bytes.includes(SECRET)).toBe(false);
    expect(image!.widthPt).toBeUndefined();
  });

  it('keeps a small transparent image as PNG at its own size, from the public folder or a data: address', async () => {
    const { chapter, where, logo } = await folders();
    const fromPublic = await preparePdfImage('/logo.png', chapter, where);
    expect(fromPublic?.typstPath).toMatch(/\.png$/);
    expect(fromPublic?.widthPt).toBe(90);
    const inline = await preparePdfImage(`data:image/png;base64,${logo.toString('base64')}`, chapter, where);
    expect(inline?.bytes.equals(fromPublic!.bytes)).toBe(true);
  });

  it('reads nothing from another site, from outside its folders or that is not an image', async () => {
    const { chapter, where } = await folders();
    expect(await preparePdfImage('https://example.nl/foto.jpg', chapter, where)).toBeUndefined();
    expect(await preparePdfImage('//example.nl/foto.jpg', chapter, where)).toBeUndefined();
    expect(await preparePdfImage('../../buiten.png', chapter, where)).toBeUndefined();
    expect(await preparePdfImage('/../buiten.png', chapter, where)).toBeUndefined();
    expect(await preparePdfImage('./een.mdx', chapter, where)).toBeUndefined();
    expect(await preparePdfImage('./bestaat-niet.png', chapter, where)).toBeUndefined();
    expect(await preparePdfImage('./foto%E0.jpg', chapter, where)).toBeUndefined();
  });

  it('sets the image in the PDF as a figure with its alt text, without the EXIF of the original', async () => {
    const { chapter, where, photo } = await folders();
    const image = await preparePdfImage('./foto.jpg', chapter, where);
    const markup = bodyToTypst(
      'Voor.\n\n![Een groen veld bij de dijk](./foto.jpg)\n\nNa, met ![het logo](/x.png) in de tekst.\n\n<p>En als HTML: <img src="./foto.jpg" alt="Hetzelfde veld"></p>',
      'md',
      {
        file: 'content/chapters/een.mdx',
        lineOffset: 0,
        parentLevel: 1,
        absoluteLink: (href) => href,
        visual: () => '',
        exampleLabel: 'Voorbeeld',
        image: (address) => (address === './foto.jpg' ? image : undefined),
      },
    );
    expect(markup).toContain(`#block(image("${image!.typstPath}", alt: "Een groen veld bij de dijk", width: 100%))`);
    // An image the build could not read keeps its alt text in its place.
    expect(markup).toContain('#"[het logo]";');
    expect(markup).toContain(`#box(image("${image!.typstPath}", alt: "Hetzelfde veld", width: 100%))`);
    const pdf = compileTypstPdf(
      `#set document(title: "Proef")\n#set text(lang: "nl", font: "Source Sans 3", fallback: false)\n= Hoofdstuk\n\n${markup}`,
      0,
      new Map([[image!.typstPath, image!.bytes]]),
    );
    expect(pdf.includes(SECRET)).toBe(false);
    expect(pdf.includes('Exif')).toBe(false);
    // Typst embeds a JPEG as it is: the original would have carried its EXIF into the PDF.
    const unsafe = compileTypstPdf(
      `#set document(title: "Proef")\n#set text(lang: "nl")\n= Kop\n\n#image("/foto.jpg", alt: "Foto")`,
      0,
      new Map([['/foto.jpg', photo]]),
    );
    expect(unsafe.includes(SECRET)).toBe(true);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'oogst-pdf-image-')), 'proef.pdf');
    writeFileSync(file, pdf);
    expect((await inspectPdf(file)).figureAlts).toEqual(['Een groen veld bij de dijk', 'Hetzelfde veld']);
  });
});
