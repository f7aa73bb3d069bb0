import { describe, expect, it } from 'vitest';
import { csvRowsAreExample, ideasAreExample, isExampleStory, isExampleVisual, tablesById } from './example.ts';

const tables = tablesById([
  { id: 'T1', example: false },
  { id: 'T2', example: true },
]);

describe('example-ness computed from the rows', () => {
  it('makes a count over tables an example as soon as one table is, whatever the spec says', () => {
    expect(isExampleVisual(false, { kind: 'tables', tables: [...tables.values()] })).toBe(true);
    expect(isExampleVisual(false, { kind: 'tables', tables: [{ example: false }] })).toBe(false);
  });

  it('makes an idea an example when it or its table is one', () => {
    expect(ideasAreExample([{ table: 'T1', example: false }], tables)).toBe(false);
    expect(
      ideasAreExample(
        [
          { table: 'T1', example: false },
          { table: 'T2', example: false },
        ],
        tables,
      ),
    ).toBe(true);
    expect(isExampleVisual(false, { kind: 'ideas', ideas: [{ table: 'T1', example: true }], tables })).toBe(true);
  });

  it('reads an example or voorbeeld column in a visual’s own CSV, and the spec’s flag', () => {
    expect(csvRowsAreExample([{ label: 'a', voorbeeld: 'ja' }])).toBe(true);
    expect(isExampleVisual(false, { kind: 'file', rows: [{ label: 'a', value: 1 }] })).toBe(false);
    expect(isExampleVisual(true, { kind: 'file', rows: [{ label: 'a', value: 1 }] })).toBe(true);
  });

  it('makes a story about an example table an example', () => {
    expect(isExampleStory({ example: false, table: 'T2' }, tables)).toBe(true);
    expect(isExampleStory({ example: false, table: 'T1' }, tables)).toBe(false);
    expect(isExampleStory({ example: false }, tables)).toBe(false);
  });
});
