import { describe, expect, it } from 'vitest';
import { collectWords, createCompoundSplitter, markCompounds, unmarkCompounds } from './compound-split.ts';

const siteText = `
  Aan elke tafel spraken mensen over de dialoog. De dialoogtafels gingen over wonen,
  werken en zorg. Thuiswerken was nieuw: thuis werken bleek vaak prima. Gezondheidszorg
  en gezondheid, eenzaamheid en eenzaam, belangrijk en belang. Het rijk en de gemeente.
  Ouderenzorg voor ouderen. Een burgerberaad van burgers met beraad.
`;
const split = createCompoundSplitter(collectWords(siteText));

describe('collectWords', () => {
  it('lower-cases words and skips HTML entities', () => {
    expect(collectWords('Zzp&#39;ers &amp; Thuiswerken')).toEqual(['zzp', 'ers', 'thuiswerken']);
  });
});

describe('createCompoundSplitter', () => {
  it('splits a compound into parts the site uses on their own', () => {
    expect(split('dialoogtafel')).toEqual(['dialoog', 'tafel']);
    expect(split('thuiswerken')).toEqual(['thuis', 'werken']);
  });

  it('accepts a plural tail and keeps the original capitals', () => {
    expect(split('Dialoogtafels')).toEqual(['Dialoog', 'tafels']);
  });

  it('recognises the linking s and en between parts', () => {
    expect(split('gezondheidszorg')).toEqual(['gezondheids', 'zorg']);
    expect(split('ouderenzorg')).toEqual(['ouderen', 'zorg']);
  });

  it('leaves suffixes that look like words attached', () => {
    expect(split('belangrijk')).toEqual(['belangrijk']);
    expect(split('eenzaamheid')).toEqual(['eenzaamheid']);
  });

  it('does not split words whose parts the site never uses', () => {
    expect(split('samenleving')).toEqual(['samenleving']);
    expect(split('wonen')).toEqual(['wonen']);
  });
});

describe('markCompounds', () => {
  it('marks the parts of compounds with a capital and leaves entities and other words alone', () => {
    expect(markCompounds('Aan de dialoogtafel &amp; thuiswerken.', split)).toBe('Aan de dialoogTafel &amp; thuisWerken.');
  });
});

describe('unmarkCompounds', () => {
  it('restores the words as written, around highlight marks too', () => {
    expect(unmarkCompounds('Aan de <mark>dialoogTafel</mark> en Thuiswerken')).toBe('Aan de <mark>dialoogtafel</mark> en Thuiswerken');
  });
});
