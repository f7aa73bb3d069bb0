import { describe, expect, it } from 'vitest';
import { readQuery, withQuery } from './query-url';

describe('readQuery', () => {
  it('reads and trims the q parameter, decoding spaces and accents', () => {
    expect(readQuery('https://example.nl/zoeken/?q=+zorg+en+gezondheid%C3%A9+')).toBe('zorg en gezondheidé');
  });

  it('returns an empty term when the URL has none', () => {
    expect(readQuery('https://example.nl/zoeken/')).toBe('');
  });
});

describe('withQuery', () => {
  it('sets the term and keeps the path and other parameters', () => {
    expect(withQuery('https://example.nl/zoeken/?x=1#top', 'thuis werken')).toBe('/zoeken/?x=1&q=thuis+werken#top');
  });

  it('removes the parameter when the term is empty', () => {
    expect(withQuery('https://example.nl/zoeken/?q=oud', '  ')).toBe('/zoeken/');
  });
});
