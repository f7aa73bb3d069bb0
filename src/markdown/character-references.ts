/** The named references the site's HTML and editors' markup use; others stay as written. */
const NAMED: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  colon: ':',
  tab: '\t',
  newline: '\n',
};

/**
 * The one decoder of character references, as a browser reads them (the semicolon may be left
 * out): the markup policy sees `jav&#x61;script:` as what a browser would follow, the CSP hashes
 * a style attribute as the browser does, and the search index reads the text Astro escaped.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}
