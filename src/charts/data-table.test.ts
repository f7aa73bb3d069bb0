import { describe, expect, it } from 'vitest';
import { toCsv, toDisplayTable } from './data-table.ts';
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

describe('toCsv', () => {
  it('writes the columns the spec reads with raw values, quoting where needed', () => {
    expect(toCsv(FIXTURES.bar!)).toBe('track,participants\nburgers,612\nmiddenveld,128\nwetenschap,50\nbestuur,41\n');
    expect(toCsv(FIXTURES.timeline!)).toContain('2021-02,2021-05,Dialoogtafels,"Ongeveer 80 tafels, online"');
  });

  it('neutralises text cells a spreadsheet would run as a formula, and leaves negative numbers alone', () => {
    const bar = FIXTURES.bar!;
    const rows = [
      { track: '=HYPERLINK("http://x.example","klik")', participants: -5 },
      { track: '+31 6', participants: 3 },
      { track: '@SUM(A1)', participants: 1 },
      { track: '\uFF1D1+1', participants: 2 },
    ];
    const csv = toCsv({ ...bar, table: { ...bar.table, rows } });
    expect(csv).toBe(`track,participants\n"'=HYPERLINK(""http://x.example"",""klik"")",-5\n'+31 6,3\n'@SUM(A1),1\n'\uFF1D1+1,2\n`);
  });
});

describe('toDisplayTable for a dot matrix', () => {
  it('says ja or nee where the matrix holds only 0 and 1', () => {
    const table = toDisplayTable(FIXTURES['dot-matrix']!);
    expect(table.rows[0]).toEqual(['De samenleving is veerkrachtig', 'nee', 'ja']);
    expect(table.numeric).toEqual([false, false, false]);
  });
});
