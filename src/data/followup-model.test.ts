import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP_STATUSES } from '../schemas/site.ts';
import {
  answering,
  countByStatus,
  currentStatusOf,
  firstMentioned,
  followUpRefs,
  formatRecordDate,
  isoRecordDate,
  lastUpdated,
  sortFollowUps,
  timelineOf,
  UNKNOWN_STATUS,
} from './followup-model.ts';

import type { RecordDate } from '../schemas/followup.ts';

const day = (iso: string): RecordDate => ({ date: new Date(`${iso}T00:00:00Z`), precision: 'day' });
const month = (iso: string): RecordDate => ({ date: new Date(`${iso}-01T00:00:00Z`), precision: 'month' });
const step = (date: RecordDate | undefined, extra: object = {}) => ({
  ...(date ? { date } : {}),
  text: 'Er gebeurde iets.',
  example: false,
  ...extra,
});
const sources = new Map<string, RecordDate | undefined>([
  ['s2', day('2020-11-12')],
  ['w4', month('2021-07')],
]);

describe('follow-up rules', () => {
  it('orders the timeline oldest first, numbers the steps and folds in the example label of the follow-up', () => {
    const timeline = timelineOf(
      { example: true, updates: [step(day('2021-07-02')), step(month('2020-11'), { status: 'toegezegd' })] },
      sources,
    );
    expect(timeline.map((s) => [s.number, isoRecordDate(s.date), s.example, s.mentioned])).toEqual([
      [1, '2020-11', true, false],
      [2, '2021-07-02', true, false],
    ]);
  });

  it('dates a step without its own date by its source, as the date the document mentioned it', () => {
    const timeline = timelineOf(
      { example: false, updates: [step(undefined, { source: 'w4' }), step(undefined, { source: 's2' })] },
      sources,
    );
    expect(timeline.map((s) => [isoRecordDate(s.date), s.mentioned, s.source])).toEqual([
      ['2020-11-12', true, 's2'],
      ['2021-07', true, 'w4'],
    ]);
    expect(isoRecordDate(firstMentioned({ example: false, updates: [step(undefined, { source: 'w4' })] }, sources))).toBe('2021-07');
  });

  it('takes the status of the latest step that set one, and "onbekend" where no step does', () => {
    const data = {
      example: false,
      updates: [
        step(day('2021-05-26'), { status: 'in-uitvoering' }),
        step(day('2020-11-12'), { status: 'toegezegd' }),
        step(day('2021-08-01')),
      ],
    };
    expect(currentStatusOf(data, sources)).toBe('in-uitvoering');
    expect(currentStatusOf({ example: false, updates: [step(undefined, { source: 's2' })] }, sources)).toBe(UNKNOWN_STATUS);
  });

  it('takes the newest step as the last update and sorts the most recently updated first', () => {
    const a = { id: 'a', data: { example: false, updates: [step(day('2021-05-26'))] } };
    const b = { id: 'b', data: { example: false, updates: [step(day('2020-11-12')), step(month('2021-07'))] } };
    expect(isoRecordDate(lastUpdated(b.data, sources))).toBe('2021-07');
    expect(sortFollowUps([a, b], sources).map((entry) => entry.id)).toEqual(['b', 'a']);
  });

  it('writes a date no more exactly than its record', () => {
    expect(formatRecordDate(month('2021-07'))).toBe('juli 2021');
    expect(formatRecordDate(day('2021-05-26'))).toBe('26 mei 2021');
    expect(formatRecordDate({ date: new Date('2021-01-01T00:00:00Z'), precision: 'year' })).toBe('2021');
    expect(isoRecordDate({ date: new Date('2021-01-01T00:00:00Z'), precision: 'year' })).toBe('2021');
  });

  it('counts every status of site.yaml, zeros and examples included, in its order', () => {
    const counts = countByStatus(DEFAULT_FOLLOW_UP_STATUSES, [
      { status: 'uitgevoerd', example: false },
      { status: 'uitgevoerd', example: true },
    ]);
    expect(counts.map((row) => [row.status.id, row.count, row.examples])).toEqual([
      ['toegezegd', 0, 0],
      ['in-uitvoering', 0, 0],
      ['uitgevoerd', 2, 1],
      ['deels-overgenomen', 0, 0],
      ['niet-overgenomen', 0, 0],
      ['onbekend', 0, 0],
    ]);
  });

  it('treats the status of each step and the sources as references, beside themes, insights, chapters and tables', () => {
    const refs = followUpRefs({
      updates: [step(day('2021-01-01'), { status: 'toegezegd', source: 's2' }), step(day('2021-02-01'))],
      responsible: { name: 'Een programma', source: 's1' },
      themes: ['wonen'],
      insights: [],
      chapters: ['inleiding'],
      tables: [],
    });
    expect(refs['updates.status']).toEqual({ collection: 'statuses', ids: ['toegezegd'] });
    expect(refs['updates.source']).toEqual({ collection: 'sources', ids: ['s2'] });
    expect(refs['responsible.source']).toEqual({ collection: 'sources', ids: ['s1'] });
    expect(refs.chapters).toEqual({ collection: 'chapters', ids: ['inleiding'] });
  });

  it('finds the follow-ups that answer a theme, insight, chapter or table', () => {
    const entries = [
      { id: 'a', data: { themes: ['wonen'], insights: [], chapters: [], tables: [] } },
      { id: 'b', data: { themes: [], insights: ['dialoog'], chapters: [], tables: ['T01'] } },
    ];
    expect(answering(entries, 'themes', 'wonen').map((e) => e.id)).toEqual(['a']);
    expect(answering(entries, 'tables', 'T01').map((e) => e.id)).toEqual(['b']);
    expect(answering(entries, 'chapters', 'inleiding')).toEqual([]);
  });
});
