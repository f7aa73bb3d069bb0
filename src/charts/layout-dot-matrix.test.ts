import { describe, expect, it } from 'vitest';
import { findTextOverlaps, textsInside } from './geometry.ts';
import { layoutDotMatrix } from './layout-dot-matrix.ts';
import { FIXTURES, makeInput } from './test-fixtures.ts';
import type { CircleMark, TextMark } from './types.ts';

describe('layoutDotMatrix', () => {
  for (const variant of ['wide', 'narrow'] as const) {
    const model = layoutDotMatrix(FIXTURES['dot-matrix']!, { width: variant === 'wide' ? 720 : 320, variant });
    it(`draws a filled dot where row and column meet and a hollow ring where they do not (${variant})`, () => {
      const dots = model.marks.filter((m): m is CircleMark => m.kind === 'circle');
      expect(dots.map((d) => d.tone)).toEqual(['empty', 's0', 's0', 's0']);
    });
    it(`keeps row labels and column heads apart (${variant})`, () => {
      expect(findTextOverlaps(model)).toEqual([]);
      expect(textsInside(model)).toBe(true);
    });
  }
});

describe('column heads', () => {
  it('turn upright when a word is wider than its column, so heads never run into each other', () => {
    const themes = [
      'Nieuwe ongelijkheden',
      'Duurzaam herstel',
      'Gezond en groen',
      'Weerbaarheid',
      'Blended samenleving',
      'Inclusief bestuur',
    ];
    const input = makeInput(
      'm',
      { type: 'dot-matrix', encoding: { label: 'a', series: 'b', value: 'v' } },
      themes.map((b) => ({ a: 'Een inzicht met een lange titel', b, v: 1 })),
    );
    const model = layoutDotMatrix(input, { width: 720, variant: 'wide' });
    const heads = model.marks.filter((m): m is TextMark => m.kind === 'text' && themes.includes(m.lines.join(' ')));
    expect(heads).toHaveLength(6);
    expect(heads.every((head) => head.rotate === -90)).toBe(true);
  });
});
