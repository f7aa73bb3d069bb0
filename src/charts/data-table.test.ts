import { describe, expect, it } from 'vitest';
import { toDisplayTable } from './data-table.ts';
import { FIXTURES } from './test-fixtures.ts';

describe('toDisplayTable', () => {
  it('shows labels, headings and Dutch numbers for a simple chart', () => {
    const table = toDisplayTable(FIXTURES.bar!);
    expect(table.headers).toEqual(['Spoor', 'Deelnemers']);
    expect(table.rows[0]).toEqual(['Burgers', '612']);
    expect(table.numeric).toEqual([false, true]);
  });

  it('turns stacked data into a cross table with a total, in the chart order', () => {
    const table = toDisplayTable(FIXTURES['stacked-bar']!);
    expect(table.headers).toEqual(['Thema', 'Knelpunt', 'Kiem', 'Idee', 'Totaal']);
    expect(table.rows).toEqual([
      ['Wonen', '12', '8', '15', '35'],
      ['Werken', '20', '0', '4', '24'],
      ['Leren', '0', '3', '0', '3'],
    ]);
  });

  it('writes dates as words', () => {
    const table = toDisplayTable(FIXTURES.timeline!);
    expect(table.rows[4]!.slice(0, 3)).toEqual(['26 mei 2021', '', 'Zes inzichten in de ministerraad']);
  });
});

describe('toDisplayTable for a dot matrix', () => {
  it('says ja or nee where the matrix holds only 0 and 1', () => {
    const table = toDisplayTable(FIXTURES['dot-matrix']!);
    expect(table.rows[0]).toEqual(['De samenleving is veerkrachtig', 'nee', 'ja']);
    expect(table.numeric).toEqual([false, false, false]);
  });
});
