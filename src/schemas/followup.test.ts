import { describe, expect, it } from 'vitest';
import { followUpSchema } from './followup.ts';

const source = { document: 'Voorstel Samen verder', date: '2020-11-12' };
const valid = {
  title: 'Een perspectief voor de samenleving',
  summary: 'Het plan beloofde een eindproduct; in juli 2021 verscheen het.',
  status: 'uitgevoerd',
  responsible: 'Een programma',
  started: '2020-11-12',
  updates: [{ date: '2021-07', text: 'Het perspectief verschijnt.', status: 'uitgevoerd', source }],
  themes: ['wonen'],
};
const messages = (input: unknown) => {
  const result = followUpSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('followUpSchema', () => {
  it('keeps a date only as exact as the record: a month stays a month', () => {
    const parsed = followUpSchema.parse(valid);
    expect(parsed.updates[0]?.date).toEqual({ date: new Date(Date.UTC(2021, 6, 1)), precision: 'month' });
    expect(parsed.started).toEqual({ date: new Date(Date.UTC(2020, 10, 12)), precision: 'day' });
    expect(parsed.example).toBe(false);
    expect(parsed.insights).toEqual([]);
  });

  it('asks for the source of a step unless the step or the whole follow-up is an example', () => {
    const withoutSource = { ...valid, updates: [{ date: '2021-07-01', text: 'Er gebeurde iets zonder bron.' }] };
    expect(messages(withoutSource)).toEqual([
      'updates.0.source: noem de bron van deze stap (source met document en date), of zet example: true als het een voorbeeld is',
    ]);
    expect(messages({ ...withoutSource, example: true })).toEqual([]);
    expect(messages({ ...valid, updates: [{ date: '2021-07-01', text: 'Een bedachte stap.', example: true }] })).toEqual([]);
  });

  it('rejects a date that does not exist, an end before the start and a follow-up that answers nothing', () => {
    expect(messages({ ...valid, started: '2021-02-30' }).join('\n')).toMatch(/started: "2021-02-30" is geen datum/);
    expect(messages({ ...valid, due: '2019-01' })).toEqual(['due: ligt vóór started; een einddatum kan niet eerder zijn dan het begin']);
    expect(messages({ ...valid, themes: [] })).toEqual([
      'themes: noem minstens één thema, inzicht, hoofdstuk of tafel waar deze opvolging antwoord op geeft',
    ]);
  });

  it('asks for at least one step and names unknown fields', () => {
    expect(messages({ ...valid, updates: [] })).toEqual(['updates: noem minstens één stap: wanneer het begon en waar dat staat']);
    expect(messages({ ...valid, verantwoordelijke: 'x' }).join('\n')).toMatch(/onbekend veld "verantwoordelijke"/);
  });
});
