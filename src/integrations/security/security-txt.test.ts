import { describe, expect, it } from 'vitest';
import { addOneYear, renderSecurityTxt } from './security-txt.ts';

describe('security.txt', () => {
  it('expires one year after the build date and names contact, language and canonical URL', () => {
    const text = renderSecurityTxt({
      baseUrl: 'https://www.example.nl/',
      email: 'security@example.nl',
      buildDate: new Date('2021-10-01T12:30:00.250Z'),
    });
    expect(text).toBe(
      'Contact: mailto:security@example.nl\nExpires: 2022-10-01T12:30:00Z\nPreferred-Languages: nl, en\nCanonical: https://www.example.nl/.well-known/security.txt\n',
    );
  });

  it('moves 29 February to 1 March of the next year', () => {
    expect(addOneYear(new Date('2024-02-29T00:00:00Z')).toISOString()).toBe('2025-03-01T00:00:00.000Z');
  });
});
