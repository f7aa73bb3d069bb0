import { describe, expect, it } from 'vitest';
import { formatProblem, issuesToProblems } from '../messages/content-problems.ts';
import { visualSchema } from './visual.ts';

const base = {
  title: 'Deelnemers per spoor',
  type: 'bar',
  alt: 'De meeste deelnemers waren burgers.',
  caption: 'Aantal deelnemers per spoor.',
  source: 'tables.csv',
  data: { from: 'tables', groupBy: ['track'], sum: 'participants' },
  encoding: { label: 'track', value: 'participants' },
};

const messages = (input: unknown) => {
  const result = visualSchema.safeParse(input);
  return result.success ? [] : issuesToProblems(result.error.issues, 'content/visuals/x.yaml').map(formatProblem);
};

describe('visualSchema', () => {
  it('accepts a complete spec and fills in defaults', () => {
    const spec = visualSchema.parse(base);
    expect(spec).toMatchObject({ sort: 'data', highlight: [], labels: {}, options: {}, example: false, unit: { one: '', other: '' } });
  });

  it('turns a one-word unit into singular and plural', () => {
    expect(visualSchema.parse({ ...base, unit: 'procent' }).unit).toEqual({ one: 'procent', other: 'procent' });
  });

  it('asks for the encodings the chart type needs, naming the field', () => {
    expect(messages({ ...base, type: 'stacked-bar' })).toEqual([
      'content/visuals/x.yaml, veld encoding.series: een grafiek van het type "stacked-bar" heeft encoding.series nodig: noem de kolom met de tweede indeling (bijvoorbeeld kind)',
    ]);
    expect(messages({ ...base, type: 'timeline', encoding: { label: 'label' } })[0]).toContain('veld encoding.start');
  });

  it('rejects a chart type it does not know, listing the types', () => {
    expect(messages({ ...base, type: 'pie' })[0]).toContain('moet een van deze grafieksoorten zijn: bar, stacked-bar');
  });

  it('rejects a data source that is neither a CSV file nor the site data', () => {
    expect(messages({ ...base, data: { file: 'cijfers.xlsx' } })[0]).toContain('veld data');
    expect(messages({ ...base, data: { from: 'tables' } })[0]).toContain('veld data');
  });

  it('rejects an unknown field with a hint to check its spelling', () => {
    expect(messages({ ...base, colour: 'red' })[0]).toContain('onbekend veld "colour"');
  });
});
