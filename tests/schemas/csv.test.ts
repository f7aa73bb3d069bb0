import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/messages/content-problems.ts';
import { parseCsv, readCsvRecords } from '../../src/loaders/parse-csv.ts';
import { ideaSchema } from '../../src/schemas/idea.ts';
import { tableSchema } from '../../src/schemas/table.ts';

const read = (name: string) => readFileSync(`tests/fixtures/schemas/${name}`, 'utf8');

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('CSV content', () => {
  it('reads a semicolon file with a byte-order mark and keeps markup as plain text', () => {
    const rows = parseCsv(read('valid/ideas-semicolon-bom.csv'), ideaSchema, 'ideas.csv');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.data.text).toBe('Een idee met ; puntkomma');
    expect(rows[1]?.data.text).toBe('<script>alert(1)</script>');
    expect(rows[1]?.data.example).toBe(false);
    expect(rows[1]?.line).toBe(3);
  });

  it('reports every bad row with its row number and field, and drops none silently', () => {
    const problems = problemsOf(() => parseCsv(read('invalid/tables.csv'), tableSchema, 'tables.csv'));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, field: 'date', message: expect.stringMatching(/geen datum/) }),
        expect.objectContaining({ line: 3, field: 'participants', message: expect.stringMatching(/getal/) }),
        expect.objectContaining({ line: 4, field: '(rij)', message: expect.stringMatching(/9 cellen.*8 kolommen/) }),
        expect.objectContaining({ line: 5, field: '(rij)', message: expect.stringMatching(/5 cellen/) }),
      ]),
    );
    expect(problems.every((problem) => problem.file === 'tables.csv')).toBe(true);
  });

  it('refuses a file that is not UTF-8 and says how to save it', () => {
    const text = readFileSync('tests/fixtures/schemas/invalid/ideas-latin1.csv', 'utf8');
    const problems = problemsOf(() => readCsvRecords(text, 'ideas.csv'));
    expect(problems[0]?.message).toMatch(/CSV UTF-8/);
  });

  it('splits a theme list on semicolons and validates each slug', () => {
    const rows = parseCsv(
      'id,date,track,region,participants,themes,title,example\nT1,2021-02-01,bestuur,landelijk,3,"wonen; werken",Tafel,nee\n',
      tableSchema,
      't.csv',
    );
    expect(rows[0]?.data.themes).toEqual(['wonen', 'werken']);
    expect(rows[0]?.data.date.toISOString().slice(0, 10)).toBe('2021-02-01');
  });
});
