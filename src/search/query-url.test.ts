import { describe, expect, it } from 'vitest';
import { hasFilters, orderFilterGroups, readFilters, readQuery, sameFilters, withQuery } from './query-url.ts';

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

describe('filters in the URL', () => {
  const known = { type: { Verhaal: 3, Inzicht: 2 }, thema: { 'Gezond en groen': 4 } };

  it('writes the chosen filters after the term, lower case, one parameter per value', () => {
    expect(withQuery('https://example.nl/zoeken/', 'natuur', { type: ['Verhaal', 'Inzicht'], thema: ['Gezond en groen'] })).toBe(
      '/zoeken/?q=natuur&type=inzicht&type=verhaal&thema=gezond+en+groen',
    );
  });

  it('drops filters that are no longer chosen', () => {
    expect(withQuery('https://example.nl/zoeken/?q=natuur&type=verhaal', 'natuur', {})).toBe('/zoeken/?q=natuur');
  });

  it('reads filters back to the values the index knows, whatever their case', () => {
    expect(readFilters('https://example.nl/zoeken/?q=natuur&type=verhaal&thema=Gezond+en+groen', known)).toEqual({
      type: ['Verhaal'],
      thema: ['Gezond en groen'],
    });
  });

  it('ignores unknown filters and values', () => {
    expect(readFilters('https://example.nl/zoeken/?type=roman&kleur=rood', known)).toEqual({});
  });

  it('compares selections regardless of order', () => {
    expect(sameFilters({ type: ['Verhaal', 'Inzicht'] }, { type: ['Inzicht', 'Verhaal'], thema: [] })).toBe(true);
    expect(sameFilters({ type: ['Verhaal'] }, {})).toBe(false);
  });
});

describe('hasFilters', () => {
  it('sees any filter parameter, and only those', () => {
    expect(hasFilters('https://example.nl/zoeken/?q=buurt&type=verhaal')).toBe(true);
    expect(hasFilters('https://example.nl/zoeken/?regio=')).toBe(true);
    expect(hasFilters('https://example.nl/zoeken/?q=buurt&utm_source=nieuwsbrief')).toBe(false);
  });
});

describe('orderFilterGroups', () => {
  it('puts the groups in reading order, unknown ones last', () => {
    const filters: Record<string, unknown> = { extra: {}, soort: {}, thema: {}, type: {}, regio: {}, spoor: {} };
    orderFilterGroups(filters);
    expect(Object.keys(filters)).toEqual(['type', 'thema', 'spoor', 'regio', 'soort', 'extra']);
  });
});
