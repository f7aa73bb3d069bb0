import { describe, expect, it } from 'vitest';
import { followUpSchema } from './followup.ts';

const valid = {
  title: 'Een perspectief voor de samenleving',
  summary: 'Het plan beloofde een eindproduct; in juli 2021 verscheen het.',
  updates: [{ date: '2021-07', text: 'Het perspectief verschijnt.', status: 'uitgevoerd', source: 'w4' }],
  themes: ['wonen'],
};
const messages = (input: unknown) => {
  const result = followUpSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('followUpSchema', () => {
  it('keeps a date only as exact as the record: a month stays a month, a year a year', () => {
    const parsed = followUpSchema.parse({ ...valid, due: 2021 });
    expect(parsed.updates[0]?.date).toEqual({ date: new Date(Date.UTC(2021, 6, 1)), precision: 'month' });
    expect(parsed.due).toEqual({ date: new Date(Date.UTC(2021, 0, 1)), precision: 'year' });
    expect(parsed.example).toBe(false);
    expect(parsed.insights).toEqual([]);
  });

  it('has no status field of its own: the status follows from the steps', () => {
    expect(messages({ ...valid, status: 'uitgevoerd' }).join('\n')).toMatch(/onbekend veld "status"/);
    expect(messages({ ...valid, started: '2020-11-12' }).join('\n')).toMatch(/onbekend veld "started"/);
  });

  it('lets a step without a date take its source’s date, and asks for one of the two', () => {
    expect(messages({ ...valid, updates: [{ text: 'Het plan noemt een eindproduct.', source: 's2' }] })).toEqual([]);
    expect(messages({ ...valid, example: true, updates: [{ text: 'Een bedachte stap zonder datum.' }] })).toEqual([
      'updates.0.date: noem een datum (date) of een bron (source), waarvan de datum dan telt',
    ]);
  });

  it('asks for the source of a step unless the step or the whole follow-up is an example', () => {
    const withoutSource = { ...valid, updates: [{ date: '2021-07-01', text: 'Er gebeurde iets zonder bron.' }] };
    expect(messages(withoutSource)).toEqual([
      'updates.0.source: noem de bron van deze stap (source: een id uit content/sources/), of zet example: true als het een voorbeeld is',
    ]);
    expect(messages({ ...withoutSource, example: true })).toEqual([]);
    expect(messages({ ...valid, updates: [{ date: '2021-07-01', text: 'Een bedachte stap.', example: true }] })).toEqual([]);
  });

  it('asks for the source that names who is responsible, unless the follow-up is an example', () => {
    expect(messages({ ...valid, responsible: { name: 'Een programma' } })).toEqual([
      'responsible.source: noem de bron die zegt wie verantwoordelijk is (source: een id uit content/sources/), of laat responsible weg',
    ]);
    expect(messages({ ...valid, responsible: { name: 'Een programma', source: 's2' } })).toEqual([]);
    expect(messages({ ...valid, example: true, responsible: { name: 'Een ministerie (voorbeeld)' } })).toEqual([]);
  });

  it('rejects a date that does not exist and a follow-up that answers nothing', () => {
    expect(messages({ ...valid, due: '2021-02-30' }).join('\n')).toMatch(/due: "2021-02-30" is geen datum/);
    expect(messages({ ...valid, themes: [] })).toEqual([
      'themes: noem minstens één thema, inzicht, hoofdstuk of tafel waarop deze opvolging een antwoord is',
    ]);
  });

  it('asks for at least one step and names unknown fields', () => {
    expect(messages({ ...valid, updates: [] })).toEqual([
      'updates: noem minstens één stap: wanneer het voor het eerst genoemd werd en waar dat staat',
    ]);
    expect(messages({ ...valid, verantwoordelijke: 'x' }).join('\n')).toMatch(/onbekend veld "verantwoordelijke"/);
  });
});
