import { describe, expect, it } from 'vitest';
import { describeVisual, summarizeVisual } from './summary.ts';
import { FIXTURES } from './test-fixtures.ts';

describe('summarizeVisual', () => {
  it('names the largest and smallest group and the total', () => {
    expect(summarizeVisual(FIXTURES.waffle!)).toBe(
      'Het meest bij Burgers (612 deelnemers), het minst bij Lokale bestuurders (41 deelnemers); samen 831 deelnemers.',
    );
  });
  it('leaves national tables out of the comparison of provinces', () => {
    expect(summarizeVisual(FIXTURES['tile-map']!)).toMatch(/^Het meest bij Zuid-Holland \(14 tafels\), het minst bij Limburg \(0 tafels\)/);
  });
  it('names the peak of a line over time', () => {
    expect(summarizeVisual(FIXTURES.line!)).toBe('De hoogste waarde was in maart 2021: 27 tafels.');
  });
  it('names the largest stack and its parts', () => {
    expect(
      summarizeVisual({
        ...FIXTURES.bar!,
        table: {
          columns: ['spoor', 'aantal'],
          rows: [
            { spoor: 'a', aantal: 7 },
            { spoor: 'b', aantal: 7 },
            { spoor: 'c', aantal: 2 },
          ],
        },
        spec: { ...FIXTURES.bar!.spec, encoding: { label: 'spoor', value: 'aantal' } },
      }),
    ).toMatch(/^Het meest bij [ab]\S* en [ab]\S* \(7\b/);
    expect(summarizeVisual(FIXTURES['stacked-bar']!)).toBe('Het meest bij Wonen: 35 (knelpunt 12, kiem 8, idee 15).');
  });
  it('names every stack, peak and column that ties for the most, not one of them', () => {
    const stacked = FIXTURES['stacked-bar']!;
    const tiedStacks = {
      ...stacked,
      table: { ...stacked.table, rows: [...stacked.table.rows, { theme: 'werken', kind: 'kiem', aantal: 11 }] },
    };
    expect(summarizeVisual(tiedStacks)).toBe(
      'Het meest bij Wonen (knelpunt 12, kiem 8, idee 15) en Werken (knelpunt 20, kiem 11, idee 4): elk 35.',
    );
    const line = FIXTURES.line!;
    const peak = Math.max(...line.table.rows.map((row) => Number(row['aantal'])));
    const tiedPeaks = {
      ...line,
      table: {
        ...line.table,
        rows: [...line.table.rows.slice(0, 1).map((row) => ({ ...row, aantal: peak })), ...line.table.rows.slice(1)],
      },
    };
    expect(summarizeVisual(tiedPeaks)).toMatch(/^De hoogste waarde was in december 2020 en maart 2021: 27 tafels\.$/);
  });
  it('names the span of a timeline', () => {
    expect(summarizeVisual(FIXTURES.timeline!)).toBe('7 stappen, van november 2020 tot oktober 2021.');
  });
  it('names the column of a dot matrix that occurs most', () => {
    expect(summarizeVisual(FIXTURES['dot-matrix']!)).toBe('Weerbaarheid komt het vaakst voor: bij 2 van de 2.');
  });
});

describe('describeVisual', () => {
  it('puts the editor’s finding before the computed one', () => {
    expect(describeVisual(FIXTURES.line!)).toBe(
      'Een voorbeeldgrafiek voor de tests van de grafieken. De hoogste waarde was in maart 2021: 27 tafels.',
    );
  });
});
