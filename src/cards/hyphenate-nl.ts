import hyphenNl from 'hyphen/nl/index.js';

const SOFT_HYPHEN = '\u00AD';
const cache = new Map<string, string[]>();

/**
 * Splits a word into the pieces between which Dutch allows a line break, using the TeX
 * hyphenation patterns for Dutch. Existing hyphens ("zorg-en-gezondheid") are break points too.
 * `dialoogtafelgesprekken` → `dia|loog|ta|fel|ge|sprek|ken`.
 */
export function splitDutchWord(word: string): string[] {
  const known = cache.get(word);
  if (known) return known;
  const pieces: string[] = [];
  for (const part of word.split(/(?<=-)/)) {
    pieces.push(...hyphenNl.hyphenateSync(part, { minWordLength: 5 }).split(SOFT_HYPHEN).filter(Boolean));
  }
  cache.set(word, pieces);
  return pieces;
}

const DIAERESIS: Record<string, string> = { ë: 'e', ï: 'i', ü: 'u', ö: 'o', ä: 'a', Ë: 'E', Ï: 'I', Ü: 'U', Ö: 'O', Ä: 'A' };

/**
 * Joins the pieces of a word broken after `count` pieces into the end of one line and the start
 * of the next. Dutch adds a hyphen unless the break is at an existing one, and drops the diaeresis
 * that only marked the syllable break: "ideeën" becomes "idee-" + "en".
 */
export function breakDutchWord(pieces: string[], count: number): { head: string; tail: string } {
  const head = pieces.slice(0, count).join('');
  let tail = pieces.slice(count).join('');
  const first = tail.charAt(0);
  if (first in DIAERESIS) tail = DIAERESIS[first] + tail.slice(1);
  return { head: head.endsWith('-') ? head : `${head}-`, tail };
}
