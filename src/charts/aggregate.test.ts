import { describe, expect, it } from 'vitest';
import { aggregateRows, missingColumn, monthRange } from './aggregate.ts';

const rows = [
  { track: 'burgers', month: '2021-02', participants: 8, themes: ['wonen', 'werken'] },
  { track: 'burgers', month: '2021-04', participants: 6, themes: ['werken'] },
  { track: 'middenveld', month: '2021-02', participants: 5, themes: ['wonen'] },
];

describe('aggregateRows', () => {
  it('counts rows per group into an "aantal" column', () => {
    expect(aggregateRows(rows, { groupBy: ['track'] })).toEqual({
      columns: ['track', 'aantal'],
      rows: [
        { track: 'burgers', aantal: 2 },
        { track: 'middenveld', aantal: 1 },
      ],
    });
  });

  it('adds up a number column when asked to sum', () => {
    expect(aggregateRows(rows, { groupBy: ['track'], sum: 'participants' }).rows).toEqual([
      { track: 'burgers', participants: 14 },
      { track: 'middenveld', participants: 5 },
    ]);
  });

  it('lists every value of a known domain in its order, with 0 for groups without rows', () => {
    const table = aggregateRows(rows, { groupBy: ['track'], domains: { track: ['bestuur', 'burgers', 'middenveld'] } });
    expect(table.rows.map((row) => [row.track, row.aantal])).toEqual([
      ['bestuur', 0],
      ['burgers', 2],
      ['middenveld', 1],
    ]);
  });

  it('fills the months between the first and the last, so a line over time has no silent gaps', () => {
    expect(aggregateRows(rows, { groupBy: ['month'] }).rows).toEqual([
      { month: '2021-02', aantal: 2 },
      { month: '2021-03', aantal: 0 },
      { month: '2021-04', aantal: 1 },
    ]);
  });

  it('counts a row once for each theme in its list', () => {
    const table = aggregateRows(rows, { groupBy: ['themes'], orders: { themes: ['werken', 'wonen'] } });
    expect(table.rows).toEqual([
      { themes: 'werken', aantal: 2 },
      { themes: 'wonen', aantal: 2 },
    ]);
  });

  it('crosses two groupings and includes every combination', () => {
    const table = aggregateRows(rows, { groupBy: ['track', 'month'] });
    expect(table.rows).toHaveLength(2 * 3);
    expect(table.rows.find((row) => row.track === 'middenveld' && row.month === '2021-04')?.aantal).toBe(0);
  });
});

describe('monthRange', () => {
  it('runs across a year boundary', () => {
    expect(monthRange(['2021-01', '2020-11'])).toEqual(['2020-11', '2020-12', '2021-01']);
  });
});

describe('missingColumn', () => {
  it('names the file, the field, the missing column and the ones that exist', () => {
    expect(missingColumn('content/visuals/x.yaml', 'encoding.value', 'aantl', ['track', 'aantal'], 'x.csv')).toEqual({
      file: 'content/visuals/x.yaml',
      field: 'encoding.value',
      message: expect.stringMatching(/de kolom "aantl" bestaat niet in x\.csv; beschikbare kolommen: track, aantal/),
    });
  });
});
