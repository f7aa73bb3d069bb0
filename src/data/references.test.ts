import { describe, expect, it } from 'vitest';
import { findBrokenReferences } from './references.ts';

const known = { themes: new Set(['wonen', 'werken', 'zorg-en-gezondheid']), tables: new Set(['T01']) };

describe('findBrokenReferences', () => {
  it('finds nothing when every reference exists', () => {
    const entries = [{ file: 'a.mdx', refs: { themes: { collection: 'themes', ids: ['wonen'] } } }];
    expect(findBrokenReferences(entries, known)).toEqual([]);
  });

  it('names the file, line, field and missing id, and suggests the likely intended slug', () => {
    const entries = [{ file: 'ideas.csv', line: 7, refs: { theme: { collection: 'themes', ids: ['wonnen'] } } }];
    const [problem] = findBrokenReferences(entries, known);
    expect(problem).toMatchObject({ file: 'ideas.csv', line: 7, field: 'theme' });
    expect(problem?.message).toContain('"wonnen" bestaat niet');
    expect(problem?.message).toContain('bedoel je "wonen"');
  });

  it('lists what exists when nothing looks alike', () => {
    const entries = [{ file: 's.mdx', refs: { table: { collection: 'tables', ids: ['X99-LANG'] } } }];
    expect(findBrokenReferences(entries, known)[0]?.message).toContain('kies uit: T01');
  });
});
