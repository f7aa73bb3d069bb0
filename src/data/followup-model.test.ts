import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLLOW_UP_STATUSES } from '../schemas/site.ts';
import {
  answering,
  countByStatus,
  followUpRefs,
  formatRecordDate,
  isoRecordDate,
  lastUpdated,
  sortFollowUps,
  timelineOf,
} from './followup-model.ts';

import type { RecordDate } from '../schemas/followup.ts';

const day = (iso: string): RecordDate => ({ date: new Date(`${iso}T00:00:00Z`), precision: 'day' });
const month = (iso: string): RecordDate => ({ date: new Date(`${iso}-01T00:00:00Z`), precision: 'month' });
const step = (date: RecordDate, extra: object = {}) => ({ date, text: 'Er gebeurde iets.', example: false, ...extra });

describe('follow-up rules', () => {
  it('orders the timeline oldest first, numbers the steps and folds in the example label of the follow-up', () => {
    const timeline = timelineOf({ example: true, updates: [step(day('2021-07-02')), step(month('2020-11'), { status: 'toegezegd' })] });
    expect(timeline.map((s) => [s.number, isoRecordDate(s.date), s.example])).toEqual([
      [1, '2020-11', true],
      [2, '2021-07-02', true],
    ]);
  });

  it('takes the newest step as the last update and sorts the most recently updated first', () => {
    const a = { id: 'a', data: { updates: [step(day('2021-05-26'))] } };
    const b = { id: 'b', data: { updates: [step(day('2020-11-12')), step(month('2021-07'))] } };
    expect(isoRecordDate(lastUpdated(b.data))).toBe('2021-07');
    expect(sortFollowUps([a, b]).map((entry) => entry.id)).toEqual(['b', 'a']);
  });

  it('writes a date no more exactly than its record', () => {
    expect(formatRecordDate(month('2021-07'))).toBe('juli 2021');
    expect(formatRecordDate(day('2021-05-26'))).toBe('26 mei 2021');
  });

  it('counts every status of site.yaml, zeros and examples included, in its order', () => {
    const counts = countByStatus(DEFAULT_FOLLOW_UP_STATUSES, [
      { data: { status: 'uitgevoerd', example: false } },
      { data: { status: 'uitgevoerd', example: true } },
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

  it('treats the status and the status of each step as references, beside themes, insights, chapters and tables', () => {
    const refs = followUpRefs({
      status: 'uitgevoerd',
      updates: [step(day('2021-01-01'), { status: 'toegezegd' }), step(day('2021-02-01'))],
      themes: ['wonen'],
      insights: [],
      chapters: ['inleiding'],
      tables: [],
    });
    expect(refs.status).toEqual({ collection: 'statuses', ids: ['uitgevoerd'] });
    expect(refs['updates.status']).toEqual({ collection: 'statuses', ids: ['toegezegd'] });
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
