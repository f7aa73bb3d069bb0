import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CARD_KINDS, CARD_SIZES } from './card-types.ts';
import { drawCardSvg, rasteriseCardSvg } from './render-card.ts';
import { dropRedundantMasks } from './svg-masks.ts';
import { testBrand, testSpec } from './test-fixtures.ts';

const root = process.cwd();
const chartSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200"><rect x="10" y="10" width="120" height="180" fill="#154273"/><text x="200" y="100" font-size="24">42 %</text></svg>';

describe('dropRedundantMasks', () => {
  it('leaves the pixels of every kind of card in every size as they were, with fewer masks', async () => {
    for (const kind of CARD_KINDS) {
      for (const size of CARD_SIZES) {
        const { svg } = await drawCardSvg(
          root,
          testSpec({ kind, chartSvg: kind === 'visual' ? chartSvg : '', example: kind === 'story' }),
          testBrand,
          size,
        );
        const lean = dropRedundantMasks(svg);
        expect(lean.match(/ mask="/g)?.length ?? 0, `${kind} ${size.id}`).toBeLessThan(svg.match(/ mask="/g)!.length);
        const asDrawn = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
        expect(Buffer.compare(rasteriseCardSvg(svg).pixels, asDrawn.pixels), `${kind} ${size.id}`).toBe(0);
      }
    }
  }, 120_000);

  it('keeps a mask whose rectangle differs from the clip path, or that has more than a rectangle', () => {
    const defs = (mask: string) =>
      `<svg><clipPath id="satori_cp-id-1"><rect x="0" y="0" width="10" height="10"/></clipPath><mask id="satori_om-id-1">${mask}</mask><g mask="url(#satori_om-id-1)" clip-path="url(#satori_cp-id-1)"/></svg>`;
    const same = defs('<rect x="0" y="0" width="10" height="10" fill="#fff"/>');
    expect(dropRedundantMasks(same)).not.toContain('<g mask=');
    for (const other of [
      '<rect x="0" y="0" width="12" height="10" fill="#fff"/>',
      '<rect x="0" y="0" width="10" height="10" fill="#fff" rx="2"/>',
      '<rect x="0" y="0" width="10" height="10" fill="#fff"/><path d="M0 0h1"/>',
    ]) {
      expect(dropRedundantMasks(defs(other))).toBe(defs(other));
    }
  });
});
