import { describe, expect, it } from 'vitest';
import { findTextOverlaps, textsInside } from './geometry.ts';
import { layoutBarChart, layoutSeriesBarChart } from './layout-bar.ts';
import { FIXTURES } from './test-fixtures.ts';
import type { ChartModel, RectMark, TextMark } from './types.ts';

const bars = (model: ChartModel) => model.marks.filter((m): m is RectMark => m.kind === 'rect' && m.className !== 'oc-legend');
const texts = (model: ChartModel) => model.marks.filter((m): m is TextMark => m.kind === 'text');

describe('layoutBarChart', () => {
  for (const variant of ['wide', 'narrow'] as const) {
    const width = variant === 'wide' ? 720 : 320;
    const model = layoutBarChart(FIXTURES.bar!, { width, variant });

    it(`draws bar widths in proportion to the values (${variant})`, () => {
      const [burgers, middenveld, wetenschap] = bars(model);
      expect(burgers!.width / middenveld!.width).toBeCloseTo(612 / 128, 5);
      expect(burgers!.width / wetenschap!.width).toBeCloseTo(612 / 50, 5);
      expect(new Set(bars(model).map((b) => b.x)).size).toBe(1);
    });

    it(`keeps labels and numbers apart and inside the chart (${variant})`, () => {
      expect(findTextOverlaps(model)).toEqual([]);
      expect(textsInside(model)).toBe(true);
    });
  }

  it('orders bars by value, largest first, when the spec asks for value-desc', () => {
    const model = layoutBarChart(FIXTURES.bar!, { width: 720, variant: 'wide' });
    const labels = texts(model)
      .filter((t) => t.anchor === 'end')
      .map((t) => t.lines.join(' '));
    expect(labels).toEqual(['Burgers', 'Middenveld', 'Wetenschap en dwarsdenkers', 'Lokale bestuurders']);
  });

  it('puts the unit on the first number only and writes numbers the Dutch way', () => {
    const model = layoutBarChart(FIXTURES['bar-highlight']!, { width: 720, variant: 'wide' });
    const numbers = texts(model)
      .filter((t) => t.anchor === undefined)
      .map((t) => t.lines[0]);
    expect(numbers).toEqual(['612,5', '1.280']);
  });

  it('draws highlighted bars in colour and bold, the others muted', () => {
    const model = layoutBarChart(FIXTURES['bar-highlight']!, { width: 720, variant: 'wide' });
    expect(bars(model).map((b) => b.tone)).toEqual(['muted', 's0']);
    expect(texts(model).find((t) => t.lines[0] === 'Middenveld')?.bold).toBe(true);
    expect(texts(model).find((t) => t.lines[0] === 'Burgers')?.bold).toBe(false);
  });

  it('puts the label above the bar on narrow screens', () => {
    const model = layoutBarChart(FIXTURES.bar!, { width: 320, variant: 'narrow' });
    const label = texts(model).find((t) => t.lines[0] === 'Burgers')!;
    expect(label.x).toBe(0);
    expect(label.y).toBeLessThan(bars(model)[0]!.y);
  });
});

describe('layoutSeriesBarChart', () => {
  it('stacks the parts of a bar end to end, so the bar is as long as the total', () => {
    const model = layoutSeriesBarChart(FIXTURES['stacked-bar']!, { width: 720, variant: 'wide' }, false);
    const segments = bars(model).filter((b) => b.className === 'oc-sep');
    const wonen = segments.slice(0, 3);
    expect(wonen[1]!.x).toBeCloseTo(wonen[0]!.x + wonen[0]!.width);
    expect(wonen[2]!.x).toBeCloseTo(wonen[1]!.x + wonen[1]!.width);
    const werken = segments.slice(3, 6);
    const total = (list: RectMark[]) => list.reduce((sum, b) => sum + b.width, 0);
    expect(total(wonen) / total(werken)).toBeCloseTo(35 / 24, 5);
  });

  it('gives every series after the first a pattern, in the legend and in the bars', () => {
    const model = layoutSeriesBarChart(FIXTURES['stacked-bar']!, { width: 720, variant: 'wide' }, false);
    const legend = model.marks.filter((m): m is RectMark => m.kind === 'rect' && m.className === 'oc-legend');
    expect(legend.map((m) => [m.tone, m.pattern])).toEqual([
      ['s0', undefined],
      ['s1', 0],
      ['s2', 1],
    ]);
  });

  it('draws grouped bars from a common baseline with no overlapping labels', () => {
    const model = layoutSeriesBarChart(FIXTURES['grouped-bar']!, { width: 720, variant: 'wide' }, true);
    const parts = bars(model).filter((b) => b.className === 'oc-sep');
    expect(new Set(parts.map((b) => b.x)).size).toBe(1);
    expect(parts[0]!.width / parts[1]!.width).toBeCloseTo(12 / 15, 5);
    expect(findTextOverlaps(model)).toEqual([]);
  });
});
