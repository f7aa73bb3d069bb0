import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CARD_SIZES, type CardSize } from './card-types.ts';
import { drawCardSvg } from './render-card.ts';
import { geometryFor } from './templates/geometry.ts';
import { testBrand, testSpec } from './test-fixtures.ts';

const root = process.cwd();
const longText =
  'Dialoogtafelgesprekken over herstel 🌱 en vernieuwing: ideeën van burgers, café-eigenaren en ĳverige bestuurders — “samen verder” na de crisis. '
    .repeat(2)
    .slice(0, 200);

type Area = { x0: number; x1: number; y0: number; y1: number };

/** Renders the card once and counts the pixels that are not white in each area. */
async function inkIn(spec: ReturnType<typeof testSpec>, size: CardSize, areas: Area[]): Promise<number[]> {
  const { svg } = await drawCardSvg(root, spec, testBrand, size);
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  // The pixels getter copies the whole buffer on every call: read it once.
  const pixels = image.pixels;
  return areas.map((area) => {
    let ink = 0;
    for (let y = area.y0; y < area.y1; y++) {
      for (let x = area.x0; x < area.x1; x++) {
        const at = (y * image.width + x) * 4;
        if (pixels[at]! < 250 || pixels[at + 1]! < 250 || pixels[at + 2]! < 250) ink++;
      }
    }
    return ink;
  });
}

describe('rendered cards', () => {
  for (const size of CARD_SIZES) {
    it(`draw nothing in the margins of a ${size.width}×${size.height} card, even for 200-character texts`, async () => {
      const { body, padX } = geometryFor(size);
      const rightMargin = { x0: body.x + body.width + 2, x1: size.width, y0: body.y, y1: body.y + body.height };
      const leftMargin = { x0: 0, x1: padX - 8, y0: body.y, y1: body.y + body.height };
      const belowBody = { x0: 0, x1: size.width, y0: body.y + body.height + 2, y1: body.y + body.height + 30 };
      for (const spec of [
        testSpec({ title: longText, text: longText }),
        testSpec({ kind: 'story', quote: longText, attribution: longText }),
      ]) {
        expect(await inkIn(spec, size, [rightMargin, leftMargin, belowBody]), spec.kind).toEqual([0, 0, 0]);
      }
    });
  }
});
