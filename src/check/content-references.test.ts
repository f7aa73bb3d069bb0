import { describe, expect, it } from 'vitest';
import type { LoadedEntry } from '../model/load-content.ts';
import { checkReferences } from './content-references.ts';

const entry = (collection: LoadedEntry['collection'], id: string, data: Record<string, unknown>, yamlText = ''): LoadedEntry => ({
  collection,
  id,
  file: `content/${collection}/${id}.md`,
  absoluteFile: `/content/${collection}/${id}.md`,
  raw: data,
  data,
  yamlText,
  lineOffset: 1,
  body: '',
  bodyLine: 1,
  images: [],
});

describe('the check of references', () => {
  it('reports a follow-up step without a date whose source has none either, with the line of its steps', () => {
    const entries = [
      entry('sources', 'kamerbrief', { title: 'Kamerbrief' }),
      entry('sources', 'besluit', { title: 'Besluit', date: { date: new Date(Date.UTC(2021, 6, 1)), precision: 'month' } }),
      entry(
        'followups',
        'een-loket',
        {
          updates: [
            { source: 'besluit' },
            { source: 'kamerbrief' },
            { date: { date: new Date(0), precision: 'year' }, source: 'kamerbrief' },
          ],
        },
        'title: Een loket\nupdates:\n  - source: besluit\n  - source: kamerbrief\n',
      ),
    ];
    const problems = checkReferences(entries, [], [], { tables: 'content/tables.csv', ideas: 'content/ideas.csv' });
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'content/followups/een-loket.md',
        line: 3,
        field: 'updates.1.date',
        message: 'deze stap heeft geen datum, en zijn bron ook niet',
      }),
    ]);
  });
});
