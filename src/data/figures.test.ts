import { describe, expect, it } from 'vitest';
import { computeKeyFigures } from './figures.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('computeKeyFigures', () => {
  it('sums participants per track in the fixed track order', () => {
    const figures = computeKeyFigures([
      { track: 'middenveld', participants: 5, date: d('2021-03-01'), region: 'zeeland', example: false },
      { track: 'burgers', participants: 8, date: d('2021-02-01'), region: 'utrecht', example: true },
      { track: 'burgers', participants: 7, date: d('2021-05-01'), region: 'landelijk', example: false },
    ]);
    expect(figures.tables).toBe(3);
    expect(figures.participants).toBe(20);
    expect(figures.byTrack.map((row) => [row.track, row.tables, row.participants])).toEqual([
      ['burgers', 2, 15],
      ['middenveld', 1, 5],
      ['wetenschap', 0, 0],
      ['bestuur', 0, 0],
    ]);
    expect(figures.regions).toBe(2);
    expect(figures.firstDate?.toISOString().slice(0, 10)).toBe('2021-02-01');
    expect(figures.lastDate?.toISOString().slice(0, 10)).toBe('2021-05-01');
    // One example table makes every sum an example.
    expect(figures.example).toBe(true);
  });

  it('is not an example when every table summed is real', () => {
    expect(
      computeKeyFigures([{ track: 'burgers', participants: 8, date: d('2021-02-01'), region: 'utrecht', example: false }]).example,
    ).toBe(false);
  });

  it('gives zeros and no dates for an empty harvest', () => {
    const figures = computeKeyFigures([]);
    expect(figures.participants).toBe(0);
    expect(figures.firstDate).toBeUndefined();
    expect(figures.example).toBe(false);
  });
});
