import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPeriod, formatWithUnit, parseDate } from './format.ts';

describe('formatNumber', () => {
  it('writes thousands with a dot and decimals with a comma, as Dutch readers do', () => {
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(12.25)).toBe('12,3');
  });
  it('prints whole numbers without decimals and float noise as whole', () => {
    expect(formatNumber(600)).toBe('600');
    expect(formatNumber(2.0000001)).toBe('2');
    expect(formatNumber(-0)).toBe('0');
  });
  it('prints a dash for a number that is not finite', () => {
    expect(formatNumber(Number.NaN)).toBe('–');
  });
});

describe('formatWithUnit', () => {
  it('uses the singular for one and the plural otherwise', () => {
    const unit = { one: 'tafel', other: 'tafels' };
    expect(formatWithUnit(1, unit)).toBe('1 tafel');
    expect(formatWithUnit(0, unit)).toBe('0 tafels');
    expect(formatWithUnit(1500, unit)).toBe('1.500 tafels');
  });
  it('prints the bare number when there is no unit', () => {
    expect(formatWithUnit(3, { one: '', other: '' })).toBe('3');
  });
});

describe('dates', () => {
  it('reads year, month and day precision and rejects impossible dates', () => {
    expect(parseDate('2021')?.precision).toBe('year');
    expect(parseDate('2021-05')?.precision).toBe('month');
    expect(parseDate('2021-05-26')?.date.toISOString()).toBe('2021-05-26T00:00:00.000Z');
    expect(parseDate('2021-02-30')).toBeUndefined();
    expect(parseDate('mei 2021')).toBeUndefined();
  });
  it('formats a date as precisely as it was given, in Dutch', () => {
    expect(formatDate(parseDate('2021-05-26')!)).toBe('26 mei 2021');
    expect(formatDate(parseDate('2020-11')!)).toBe('november 2020');
    expect(formatDate(parseDate('2021')!)).toBe('2021');
  });
  it('writes a period within one year with the year once', () => {
    expect(formatPeriod(parseDate('2021-02')!, parseDate('2021-05')!)).toBe('februari–mei 2021');
    expect(formatPeriod(parseDate('2020-12')!, parseDate('2021-01')!)).toBe('december 2020–januari 2021');
    expect(formatPeriod(parseDate('2021-07')!)).toBe('juli 2021');
  });
});
