import { describe, expect, it } from 'vitest';
import type { Dataset } from './dataset.ts';
import { exampleNote, temporalCoverage, typedDate } from './dcat-terms.ts';

const dataset = (rows: Dataset['rows'], example?: boolean): Dataset => ({
  name: 'proef',
  title: 'Proef',
  description: 'Proef.',
  fields: [
    { name: 'datum', type: 'string', pattern: '^\\d{4}-\\d{2}(-\\d{2})?$', description: 'Datum' },
    { name: 'voorbeeld', type: 'boolean', description: 'Voorbeeld' },
  ],
  rows,
  ...(example === undefined ? {} : { example }),
});

describe('DCAT terms', () => {
  it('types a date as exactly as it is written', () => {
    expect(typedDate('2021')['@type']).toMatch(/#gYear$/);
    expect(typedDate('2021-07')['@type']).toMatch(/#gYearMonth$/);
    expect(typedDate('2021-07-04')['@type']).toMatch(/#date$/);
  });

  it('covers the first to the last date of the rows, each in its own precision', () => {
    expect(temporalCoverage(dataset([{ datum: '2021-07' }, { datum: '2021-03-02' }, { datum: null }]))).toEqual({
      start: '2021-03-02',
      end: '2021-07',
    });
    expect(temporalCoverage(dataset([]))).toBeUndefined();
  });

  it('says how many rows are examples, that all are, or nothing when none are', () => {
    expect(exampleNote(dataset([{ voorbeeld: true }, { voorbeeld: false }]))).toContain('1 van de 2 rijen zijn een voorbeeld');
    expect(exampleNote(dataset([{ voorbeeld: true }]))).toContain('alle gegevens in deze dataset zijn een voorbeeld');
    expect(exampleNote(dataset([{ voorbeeld: false }], true))).toContain('alle gegevens');
    expect(exampleNote(dataset([{ voorbeeld: false }]))).toBeUndefined();
  });
});
