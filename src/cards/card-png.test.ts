import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeOpaquePng } from './card-png.ts';
import { CARD_SIZES } from './card-types.ts';
import { drawCardSvg, encodeCardPng, rasteriseCardSvg } from './render-card.ts';
import { testBrand, testSpec } from './test-fixtures.ts';

const root = process.cwd();

/** Decoded straight RGBA of a PNG file. */
const decode = async (png: Uint8Array) => sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });

describe('card PNG encoder', () => {
  it('gives the same pixels as resvg’s own encoder, for a card of every size', async () => {
    for (const size of CARD_SIZES) {
      const { svg } = await drawCardSvg(root, testSpec(), testBrand, size);
      const image = rasteriseCardSvg(svg);
      const ours = encodeCardPng(image);
      const theirs = image.asPng();
      expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(false);
      const [mine, resvgs] = await Promise.all([decode(ours), decode(theirs)]);
      expect(mine.info).toMatchObject({ width: size.width, height: size.height, channels: 4 });
      expect(mine.data.equals(resvgs.data)).toBe(true);
      // The same pixels give the same bytes.
      expect(Buffer.from(encodeCardPng(image)).equals(Buffer.from(ours))).toBe(true);
    }
  });

  it('leaves pixels that are not opaque to resvg, whose encoder divides premultiplied colours by alpha', async () => {
    const image = new Resvg(
      '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"><rect width="2" height="2" fill="#c00" fill-opacity="0.5"/></svg>',
    ).render();
    expect(encodeOpaquePng({ width: image.width, height: image.height, pixels: image.pixels })).toBeUndefined();
    const png = encodeCardPng(image);
    expect(Buffer.from(png).equals(Buffer.from(image.asPng()))).toBe(true);
  });

  it('reads pixels that do not start on a word boundary too', async () => {
    const backing = new Uint8Array(1 + 2 * 2 * 4).fill(255);
    backing[1] = 0; // the red of the first pixel
    const png = encodeOpaquePng({ width: 2, height: 2, pixels: backing.subarray(1) })!;
    expect((await decode(png)).data).toEqual(Buffer.from(backing.subarray(1)));
    backing[8] = 254; // the alpha of the second pixel
    expect(encodeOpaquePng({ width: 2, height: 2, pixels: backing.subarray(1) })).toBeUndefined();
  });

  it('refuses pixels that do not fill the stated size', () => {
    expect(encodeOpaquePng({ width: 2, height: 2, pixels: new Uint8Array(12).fill(255) })).toBeUndefined();
  });
});
