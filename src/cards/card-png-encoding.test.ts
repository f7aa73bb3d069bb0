import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_SIZES } from './card-types.ts';
import { drawCardSvg, encodeCardPng, rasteriseCardSvg } from './render-card.ts';
import { testBrand, testSpec } from './test-fixtures.ts';

const root = process.cwd();

/** Decoded straight RGBA of a PNG file. */
const decode = async (png: Uint8Array) => sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });

describe('card PNG encoding', () => {
  it('gives the same pixels as resvg’s own encoder, for a card of every size, and the same bytes each time', async () => {
    for (const size of CARD_SIZES) {
      const { svg } = await drawCardSvg(root, testSpec(), testBrand, size);
      const image = rasteriseCardSvg(svg);
      const ours = await encodeCardPng(image);
      const theirs = image.asPng();
      // Another encoder (not resvg's bytes), the same picture.
      expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(false);
      const [mine, resvgs] = await Promise.all([decode(ours), decode(theirs)]);
      expect(mine.info).toMatchObject({ width: size.width, height: size.height, channels: 4 });
      expect(mine.data.equals(resvgs.data)).toBe(true);
      expect(Buffer.from(await encodeCardPng(image)).equals(Buffer.from(ours))).toBe(true);
    }
  });

  it('divides premultiplied colours by alpha where a pixel is not opaque, as resvg does', async () => {
    const image = new Resvg(
      '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"><rect width="2" height="2" fill="#c00" fill-opacity="0.5"/></svg>',
    ).render();
    const [mine, resvgs] = await Promise.all([decode(await encodeCardPng(image)), decode(image.asPng())]);
    expect(mine.data.equals(resvgs.data)).toBe(true);
    // Half-transparent red (#c00 is 204): not the premultiplied 102, up to rounding.
    const [red, green, blue, alpha] = mine.data.subarray(0, 4);
    expect({ green, blue, alpha }).toEqual({ green: 0, blue: 0, alpha: 128 });
    expect(red).toBeGreaterThanOrEqual(203);
  });
});
