import { describe, expect, it } from 'vitest';
import { findTextOverlaps, textsInside } from './geometry.ts';
import { layoutLineChart, monthTicks, roundPath } from './layout-line.ts';
import { FIXTURES } from './test-fixtures.ts';
import type { CircleMark, PathMark, TextMark } from './types.ts';

describe('layoutLineChart', () => {
  for (const variant of ['wide', 'narrow'] as const) {
    const model = layoutLineChart(FIXTURES.line!, { width: variant === 'wide' ? 720 : 320, variant }, false);
    it(`keeps ticks, point labels and the unit apart and inside the chart (${variant})`, () => {
      expect(findTextOverlaps(model)).toEqual([]);
      expect(textsInside(model)).toBe(true);
    });
  }

  it('places points higher for larger values, on a scale from zero', () => {
    const model = layoutLineChart(FIXTURES.line!, { width: 720, variant: 'wide' }, false);
    const points = model.marks.filter((m): m is CircleMark => m.kind === 'circle');
    expect(points).toHaveLength(5);
    const zero = model.marks.find((m): m is TextMark => m.kind === 'text' && m.lines[0] === '0')!;
    const baseline = zero.y - 14 * 0.35;
    // 27 tables is 27/6 times as far from the baseline as 6 tables.
    expect((baseline - points[2]!.cy) / (baseline - points[0]!.cy)).toBeCloseTo(27 / 6, 1);
    expect(points.map((p) => p.cx)).toEqual([...points.map((p) => p.cx)].sort((a, b) => a - b));
  });

  it('labels months in Dutch and names the year under the first month of each year', () => {
    const model = layoutLineChart(FIXTURES.line!, { width: 720, variant: 'wide' }, false);
    const ticks = model.marks.filter((m): m is TextMark => m.kind === 'text' && m.lines.length === 2).map((m) => m.lines.join(' '));
    expect(ticks).toEqual(['dec 2020', 'jan 2021']);
    expect(model.marks.some((m) => m.kind === 'text' && m.lines[0] === 'mrt')).toBe(true);
  });

  it('draws several series as lines with different dashes and names them at the end, not by colour alone', () => {
    const model = layoutLineChart(FIXTURES.area!, { width: 720, variant: 'wide' }, true);
    const lines = model.marks.filter((m): m is PathMark => m.kind === 'path');
    expect(lines.map((l) => [l.fill, l.dash])).toEqual([
      [false, 0],
      [false, 1],
    ]);
    expect(model.marks.filter((m) => m.kind === 'text' && m.bold).map((m) => (m as TextMark).lines[0])).toEqual(['Burgers', 'Middenveld']);
  });

  it('fills the area under a single series', () => {
    const single = { ...FIXTURES.line!, spec: { ...FIXTURES.line!.spec, type: 'area' as const } };
    const model = layoutLineChart(single, { width: 720, variant: 'wide' }, true);
    expect(model.marks.filter((m) => m.kind === 'path' && m.fill)).toHaveLength(1);
  });
});

describe('monthTicks', () => {
  it('shows every month when there is room and fewer months when there is not', () => {
    const start = new Date(Date.UTC(2020, 10, 1));
    const end = new Date(Date.UTC(2021, 9, 1));
    expect(monthTicks(start, end, 700)).toHaveLength(12);
    expect(monthTicks(start, end, 200).length).toBeLessThan(12);
  });
});

describe('roundPath', () => {
  it('rounds path coordinates to one decimal', () => {
    expect(roundPath('M1.234,5.678L10,20.05')).toBe('M1.2,5.7L10,20.1');
  });
});
