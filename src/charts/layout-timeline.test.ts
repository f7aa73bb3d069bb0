import { describe, expect, it } from 'vitest';
import { parseDate } from './format.ts';
import { findTextOverlaps, textsInside } from './geometry.ts';
import { assignLanes, layoutTimeline, type TimelineEvent } from './layout-timeline.ts';
import { FIXTURES } from './test-fixtures.ts';
import type { CircleMark, RectMark, TextMark } from './types.ts';

describe('layoutTimeline', () => {
  for (const variant of ['wide', 'narrow'] as const) {
    const model = layoutTimeline(FIXTURES.timeline!, { width: variant === 'wide' ? 720 : 320, variant });
    it(`never lets two labels overlap and keeps them inside the chart (${variant})`, () => {
      expect(findTextOverlaps(model)).toEqual([]);
      expect(textsInside(model)).toBe(true);
    });
    it(`puts markers down the axis in date order (${variant})`, () => {
      const markers = model.marks.filter(
        (m): m is CircleMark | RectMark => m.kind === 'circle' || (m.kind === 'rect' && m.className === 'oc-period'),
      );
      const ys = markers.map((m) => (m.kind === 'circle' ? m.cy : m.y));
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
      expect(markers).toHaveLength(7);
    });
  }

  it('writes dates in Dutch as precisely as the data gives them', () => {
    const model = layoutTimeline(FIXTURES.timeline!, { width: 320, variant: 'narrow' });
    const text = model.marks.filter((m): m is TextMark => m.kind === 'text').map((m) => m.lines.join(' '));
    expect(text).toEqual(expect.arrayContaining(['november 2020', 'februari–mei 2021', '26 mei 2021', '2020', '2021']));
  });

  it('draws a period as a bar from its start to the end of its last month', () => {
    const model = layoutTimeline(FIXTURES.timeline!, { width: 720, variant: 'wide' });
    const [dialogue, input] = model.marks.filter((m): m is RectMark => m.kind === 'rect');
    expect(dialogue!.height).toBeGreaterThan(20);
    // The overlapping period sits in a second lane beside the first.
    expect(input!.x).toBeGreaterThan(dialogue!.x);
  });
});

describe('assignLanes', () => {
  const event = (start: string, end?: string): TimelineEvent => ({
    start: parseDate(start)!,
    end: end ? parseDate(end) : undefined,
    label: start,
  });
  it('puts overlapping periods in separate lanes and reuses a lane once it is free', () => {
    expect(assignLanes([event('2021-02', '2021-05'), event('2021-04', '2021-06'), event('2021-07', '2021-08')])).toEqual([0, 1, 0]);
  });
  it('keeps moments on the axis', () => {
    expect(assignLanes([event('2021-02', '2021-05'), event('2021-03')])).toEqual([0, 0]);
  });
});
