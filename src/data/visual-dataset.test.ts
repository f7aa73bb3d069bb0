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

  it('neutralises text cells a spreadsheet would run as a formula, and leaves negative numbers alone (one writer, so /cijfers/ and /open-data/ both)', () => {
    const bar = FIXTURES.bar!;
    const rows = [
      { track: '=HYPERLINK("http://x.example","klik")', participants: -5 },
      { track: '+31 6', participants: 3 },
      { track: '@SUM(A1)', participants: 1 },
      { track: '\uFF1D1+1', participants: 2 },
    ];
    const csv = datasetToCsv(visualDataset({ ...bar, table: { ...bar.table, rows } }, 'https://example.nl'));
    expect(csv).toBe(`track,participants\n"'=HYPERLINK(""http://x.example"",""klik"")",-5\n'+31 6,3\n'@SUM(A1),1\n'\uFF1D1+1,2\n`);
  });
});
