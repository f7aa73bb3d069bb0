import { describe, expect, it } from 'vitest';
import { formatProblem } from '../messages/content-problems.ts';
import { checkVisualData, WAFFLE_MAX_SQUARES } from './check-visual.ts';
import { makeInput } from './test-fixtures.ts';

const files = { spec: 'content/visuals/tijdlijn.yaml', data: 'content/visuals/tijdlijn.csv' };

describe('checkVisualData', () => {
  it('stops on a column the data does not have, naming the spec, the column and the available columns', () => {
    const input = makeInput('x', { type: 'bar', encoding: { label: 'spoor', value: 'aantal' } }, [{ track: 'burgers', aantal: '3' }]);
    const problems = checkVisualData(input.spec, input.table, files);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toBe(
      'content/visuals/tijdlijn.yaml, veld encoding.label: de kolom "spoor" bestaat niet in content/visuals/tijdlijn.csv; beschikbare kolommen: track, aantal. Controleer de spelling of kies een van deze kolommen',
    );
  });

  it('turns number cells into numbers, accepting a decimal comma', () => {
    const input = makeInput('x', { type: 'bar', encoding: { label: 'track', value: 'aantal' } }, [{ track: 'burgers', aantal: '12,5' }]);
    expect(checkVisualData(input.spec, input.table, files)).toEqual([]);
    expect(input.table.rows[0]!.aantal).toBe(12.5);
  });

  it('refuses a waffle whose perUnit would draw more squares than a page holds, and accepts the automatic one', () => {
    const rows = [{ track: 'burgers', aantal: '5000000000' }];
    const fixed = makeInput('x', { type: 'waffle', encoding: { label: 'track', value: 'aantal' }, options: { perUnit: 1 } }, rows);
    const [problem] = checkVisualData(fixed.spec, fixed.table, files);
    expect(problem).toMatchObject({ file: files.spec, field: 'options.perUnit' });
    expect(problem!.message).toContain(`(hoogstens ${WAFFLE_MAX_SQUARES})`);
    const automatic = makeInput('x', { type: 'waffle', encoding: { label: 'track', value: 'aantal' } }, [
      { track: 'burgers', aantal: '5000000000' },
    ]);
    expect(checkVisualData(automatic.spec, automatic.table, files)).toEqual([]);
  });

  it('reports a cell that is not a number with its row', () => {
    const input = makeInput('x', { type: 'bar', encoding: { label: 'track', value: 'aantal' } }, [{ track: 'burgers', aantal: 'veel' }]);
    const [problem] = checkVisualData(input.spec, input.table, files, [2]);
    expect(problem).toMatchObject({ file: files.data, line: 2, field: 'aantal' });
    expect(problem!.message).toContain('"veel" is geen getal');
  });

  it('reports a date it cannot read and accepts an empty end date', () => {
    const input = makeInput('x', { type: 'timeline', encoding: { start: 'start', end: 'end', label: 'label' } }, [
      { start: '2021-02', end: '', label: 'a' },
      { start: 'voorjaar', end: '', label: 'b' },
    ]);
    const problems = checkVisualData(input.spec, input.table, files, [2, 3]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, field: 'start' });
  });

  it('reports a highlight that does not occur in the data', () => {
    const input = makeInput('x', { type: 'bar', encoding: { label: 'track', value: 'n' }, highlight: ['burger'] }, [
      { track: 'burgers', n: 1 },
    ]);
    expect(checkVisualData(input.spec, input.table, files)[0]).toMatchObject({ field: 'highlight' });
  });

  it('reports a tile-map region that is not a province', () => {
    const input = makeInput('x', { type: 'tile-map', encoding: { label: 'region', value: 'n' } }, [{ region: 'brabant', n: 1 }]);
    expect(checkVisualData(input.spec, input.table, files)[0]!.message).toContain('"brabant" is geen provincie');
  });
});
