import { describe, expect, it } from 'vitest';
import { findTextOverlaps, textsInside } from './geometry.ts';
import { layoutTileMap, PROVINCE_TILES, stepLabels, stepThresholds } from './layout-tile-map.ts';
import { FIXTURES } from './test-fixtures.ts';
import type { RectMark, TextMark } from './types.ts';

describe('layoutTileMap', () => {
  for (const variant of ['wide', 'narrow'] as const) {
    const model = layoutTileMap(FIXTURES['tile-map']!, { width: variant === 'wide' ? 720 : 320, variant });
    it(`draws the twelve provinces as equal tiles without overlapping text (${variant})`, () => {
      const tiles = model.marks.filter((m): m is RectMark => m.kind === 'rect' && m.className === 'oc-tile' && m.width > 30);
      expect(tiles).toHaveLength(12);
      expect(new Set(tiles.map((t) => `${t.width}x${t.height}`)).size).toBe(1);
      expect(findTextOverlaps(model)).toEqual([]);
      expect(textsInside(model)).toBe(true);
    });
  }

  it('prints each number in its tile, a dash for a province without data, and national tables apart', () => {
    const model = layoutTileMap(FIXTURES['tile-map']!, { width: 720, variant: 'wide' });
    const text = model.marks.filter((m): m is TextMark => m.kind === 'text').map((m) => m.lines.join(' '));
    expect(text).toContain('14');
    expect(text).toContain('–');
    expect(text).toContain('Daarnaast landelijk: 12 tafels');
  });

  it('darkens tiles with larger numbers', () => {
    const model = layoutTileMap(FIXTURES['tile-map']!, { width: 720, variant: 'wide' });
    const tiles = model.marks.filter((m): m is RectMark => m.kind === 'rect' && m.className === 'oc-tile');
    const toneOf = (province: string) => {
      const [column, row] = PROVINCE_TILES[province]!;
      return tiles.find(
        (t) =>
          Math.round(t.x) === Math.round(column * (tiles[0]!.width + 4)) && Math.round(t.y) === Math.round(row * (tiles[0]!.height + 4)),
      )?.tone;
    };
    expect(toneOf('zuid-holland')).toBe('seq4');
    expect(toneOf('limburg')).toBe('seq0');
    expect(toneOf('zeeland')).toBe('empty');
  });
});

describe('steps', () => {
  it('uses whole-number thresholds for counts, starting from the smallest value', () => {
    expect(stepThresholds(4, 7, true)).toEqual([5, 6, 7, 8]);
    expect(stepThresholds(0, 14, true)).toEqual([3, 6, 9, 12]);
    expect(stepThresholds(0, 1.2, false)).toEqual([0.25, 0.5, 0.75, 1]);
  });
  it('labels count steps as numbers and ranges', () => {
    expect(stepLabels([5, 6, 8, 10], true)).toEqual(['4 of minder', '5', '6–7', '8–9', '10 of meer']);
    expect(stepLabels([2.5, 5, 7.5, 10], false)[1]).toBe('2,5 tot 5');
  });
});
