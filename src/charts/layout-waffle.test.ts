import { describe, expect, it } from 'vitest';
import { findTextOverlaps, textsInside } from './geometry.ts';
import { choosePerUnit, layoutWaffleChart } from './layout-waffle.ts';
import { FIXTURES } from './test-fixtures.ts';
import type { RectMark } from './types.ts';

describe('layoutWaffleChart', () => {
  const model = layoutWaffleChart(FIXTURES.waffle!, { width: 720, variant: 'wide' });
  const squares = model.marks.filter((m): m is RectMark => m.kind === 'rect' && m.tone === 's0').slice(1);

  it('draws one full square per ten people and the rest as a partly filled square', () => {
    // 612 + 128 + 50 + 41 people at 10 a square: 61 + 12 + 5 + 4 full squares and 3 partial ones.
    expect(squares.filter((s) => s.width === 18)).toHaveLength(61 + 12 + 5 + 4);
    const partial = squares.filter((s) => s.width < 18).map((s) => Math.round((s.width / 18) * 10) / 10);
    expect(partial).toEqual([0.2, 0.8, 0.1]);
  });

  it('keeps the key, the group labels and the squares apart', () => {
    expect(findTextOverlaps(model)).toEqual([]);
    expect(textsInside(model)).toBe(true);
    expect(model.marks[1]).toMatchObject({ kind: 'text', lines: ['= 10 deelnemers'] });
  });

  it('wraps squares into more rows on narrow screens', () => {
    const narrow = layoutWaffleChart(FIXTURES.waffle!, { width: 320, variant: 'narrow' });
    expect(narrow.height).toBeGreaterThan(model.height);
    expect(Math.max(...narrow.marks.filter((m): m is RectMark => m.kind === 'rect').map((m) => m.x + m.width))).toBeLessThanOrEqual(320);
  });
});

describe('choosePerUnit', () => {
  it('picks the smallest round number that keeps the largest group under a hundred squares', () => {
    expect(choosePerUnit(41)).toBe(1);
    expect(choosePerUnit(612)).toBe(10);
    expect(choosePerUnit(1500)).toBe(20);
  });
});
