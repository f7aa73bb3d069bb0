import { describe, expect, it } from 'vitest';
import { breakDutchWord, splitDutchWord } from './hyphenate-nl.ts';

describe('Dutch hyphenation', () => {
  it('splits a long compound at its syllables', () => {
    expect(splitDutchWord('dialoogtafelgesprekken').join('|')).toBe('dia|loog|ta|fel|ge|sprek|ken');
  });

  it('treats an existing hyphen as a break point without adding another', () => {
    const pieces = splitDutchWord('zorg-en-gezondheid');
    expect(pieces[0]).toBe('zorg-');
    expect(breakDutchWord(pieces, 1)).toEqual({ head: 'zorg-', tail: 'en-gezondheid' });
  });

  it('adds a hyphen at the break and keeps both halves', () => {
    const pieces = splitDutchWord('samenleving');
    expect(breakDutchWord(pieces, 2)).toEqual({ head: 'samen-', tail: 'leving' });
  });

  it('drops the diaeresis that only marked the syllable break', () => {
    const pieces = splitDutchWord('ideeën');
    expect(breakDutchWord(pieces, pieces.length - 1)).toEqual({ head: 'idee-', tail: 'en' });
  });

  it('leaves short words whole', () => {
    expect(splitDutchWord('huis')).toEqual(['huis']);
  });
});
