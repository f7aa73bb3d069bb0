import { describe, expect, it } from 'vitest';
import { findTextOverlaps, textsInside } from './geometry';
import { layoutDotMatrix } from './layout-dot-matrix';
import { FIXTURES } from './test-fixtures';
import type { CircleMark } from './types';

describe('layoutDotMatrix', () => {
  for (const variant of ['wide', 'narrow'] as const) {
    const model = layoutDotMatrix(FIXTURES['dot-matrix']!, { width: variant === 'wide' ? 720 : 360, variant });
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
