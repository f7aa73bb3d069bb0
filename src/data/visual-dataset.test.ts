import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../charts/test-fixtures.ts';
import { datasetToCsv } from '../open-data/dataset.ts';
import { visualDataset } from './visual-dataset.ts';

describe('visualDataset, the one writer of a chart’s data', () => {
  it('writes the columns the spec reads with raw values, quoting where needed', () => {
    expect(datasetToCsv(visualDataset(FIXTURES.bar!, 'https://example.nl'))).toBe(
      'track,participants\nburgers,612\nmiddenveld,128\nwetenschap,50\nbestuur,41\n',
    );
    expect(datasetToCsv(visualDataset(FIXTURES.timeline!, 'https://example.nl'))).toContain(
      '2021-02,2021-05,Dialoogtafels,"Ongeveer 80 tafels, online"',
    );
  });

  it('gives illustrative numbers a voorbeeld column with ja on every row, and says so in title and description', () => {
    const dataset = visualDataset({ ...FIXTURES.bar!, example: true }, 'https://example.nl');
    const lines = datasetToCsv(dataset).trim().split('\n');
    expect(lines[0]).toBe('track,participants,voorbeeld');
    expect(lines.slice(1).every((line) => line.endsWith(',ja'))).toBe(true);
    expect(dataset.title).toContain('voorbeeld');
    expect(dataset.description).toContain('voorbeeld');
  });
});
