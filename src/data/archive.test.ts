import { describe, expect, it } from 'vitest';
import { isClosed } from './archive';

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
