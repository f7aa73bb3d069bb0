import { describe, expect, it } from 'vitest';
import { closingDateText, homeHeadline, isClosed } from './archive.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('isClosed', () => {
  it('is closed from the closing date on', () => {
    expect(isClosed({ closedOn: d('2021-10-29') }, d('2021-10-29'))).toBe(true);
    expect(isClosed({ closedOn: d('2021-10-29') }, d('2026-01-01'))).toBe(true);
  });

  it('is open before the closing date and without one', () => {
    expect(isClosed({ closedOn: d('2021-10-29') }, d('2021-10-28'))).toBe(false);
    expect(isClosed({}, d('2026-01-01'))).toBe(false);
  });
});

describe('homeHeadline', () => {
  const site = { name: 'Testdialoog', tagline: 'Wat is jouw idee?', closedOn: d('2021-10-01') };

  it('invites while the dialogue runs and looks back once it is closed', () => {
    expect(homeHeadline(site, d('2021-09-30'))).toBe('Wat is jouw idee?');
    expect(homeHeadline(site, d('2022-01-01'))).toBe('Wat mensen zeiden in Testdialoog');
    expect(homeHeadline({ ...site, closedTagline: 'Wat was jouw idee?' }, d('2022-01-01'))).toBe('Wat was jouw idee?');
  });
});

describe('closingDateText', () => {
  it('says the closing date no more exactly than the record knows it, and nothing when it does not', () => {
    expect(closingDateText({ closedOn: d('2021-06-01'), closedOnKnown: 'month' })).toBe('juni 2021');
    expect(closingDateText({ closedOn: d('2021-06-15'), closedOnKnown: 'day' })).toBe('15 juni 2021');
    expect(closingDateText({ closedOn: d('2021-06-01'), closedOnKnown: 'unknown' })).toBeUndefined();
  });
});
