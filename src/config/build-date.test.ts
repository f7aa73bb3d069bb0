import { describe, expect, it } from 'vitest';
import { resolveBuildDate } from './build-date.ts';

const fallback = new Date('2021-10-01T00:00:00Z');

describe('the build date', () => {
  it('comes from SOURCE_DATE_EPOCH first', () => {
    expect(resolveBuildDate({ SOURCE_DATE_EPOCH: '1633046400' }, fallback, () => '1')).toEqual({
      date: new Date('2021-10-01T00:00:00Z'),
      source: 'SOURCE_DATE_EPOCH',
    });
  });

  it('comes from the last commit when SOURCE_DATE_EPOCH is not set', () => {
    expect(resolveBuildDate({}, fallback, () => '1700000000')).toEqual({ date: new Date(1_700_000_000_000), source: 'git' });
  });

  it('falls back to the content date outside a git checkout, never the clock', () => {
    expect(resolveBuildDate({}, fallback, () => undefined)).toEqual({ date: fallback, source: 'fallback' });
  });

  it('rejects a SOURCE_DATE_EPOCH that is not a number of seconds, with a Dutch sentence', () => {
    expect(() => resolveBuildDate({ SOURCE_DATE_EPOCH: '2021-10-01' }, fallback)).toThrow(/SOURCE_DATE_EPOCH moet een aantal seconden/);
  });
});
