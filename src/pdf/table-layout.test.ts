import { describe, expect, it } from 'vitest';
import { tableLayout } from './table-layout.ts';

describe('column widths of a table in the PDF', () => {
  it('leaves a narrow table to Typst', () => {
    expect(
      tableLayout([
        ['Begin', 'Gebeurtenis'],
        ['23 oktober 2020', 'Besluit over het thema'],
      ]),
    ).toEqual({
      columns: 'columns: 2',
      textSize: undefined,
    });
  });

  it('sets a wide table smaller, each column as wide as its longest word, the row names wider when they are long', () => {
    const layout = tableLayout([
      ['Inzicht', 'Nieuwe ongelijkheden', 'Duurzaam herstel', 'Gezond en groen', 'Veerkracht'],
      ['Opgaven moeten breed opgepakt worden met een overheid die regisseert en perspectief biedt', 'ja', 'nee', 'ja', 'nee'],
    ]);
    expect(layout).toEqual({ columns: 'columns: (20fr, 13fr, 8fr, 6fr, 10fr)', textSize: '9pt' });
  });
});
