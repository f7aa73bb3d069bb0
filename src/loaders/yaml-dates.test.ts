import { describe, expect, it } from 'vitest';
import { findImpossibleDates } from './yaml-dates.ts';

describe('findImpossibleDates', () => {
  it('finds dates YAML would roll over, with line and field, also in lists and quotes', () => {
    const yaml = ['title: Test', 'date: 2021-02-30', 'events:', '  - start: "2021-13-01"', 'updated: 2021-02-28 # ok'].join('\n');
    expect(findImpossibleDates(yaml)).toEqual([
      { line: 2, field: 'date', value: '2021-02-30' },
      { line: 4, field: 'start', value: '2021-13-01' },
    ]);
  });

  it('accepts a leap day in a leap year only', () => {
    expect(findImpossibleDates('date: 2020-02-29')).toEqual([]);
    expect(findImpossibleDates('date: 2021-02-29')).toHaveLength(1);
  });
});
