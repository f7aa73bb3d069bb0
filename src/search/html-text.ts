/**
 * Small, dependency-free helpers for the built HTML that Pagefind indexes. The input is
 * Astro's own output (well-formed, attributes quoted), not arbitrary web pages.
 */

/** A tag, or a script/style element whose content is code rather than text. */
const MARKUP = /<(script|style)\b[^>]*>[\s\S]*?<\/\1>|<!--[\s\S]*?-->|<[^>]*>/gi;

/** Applies `transform` to every run of text between tags, leaving tags, scripts and styles as they are. */
export function mapHtmlText(html: string, transform: (text: string) => string): string {
  let result = '';
  let last = 0;
  for (const match of html.matchAll(MARKUP)) {
    result += transform(html.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + transform(html.slice(last));
}

/** The text of an HTML fragment without tags, with whitespace collapsed (entities stay encoded). */
export function htmlText(html: string): string {
  return html.replace(MARKUP, ' ').replace(/\s+/g, ' ').trim();
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities Astro writes when it escapes text (`&amp;`, `&#39;`, `&#x27;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, code: string) => {
    if (code[0] === '#')
      return String.fromCodePoint(code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
    return NAMED[code.toLowerCase()] ?? entity;
  });
}

/** The value of an attribute in a start tag, decoded, or undefined when it is absent. */
export function readAttribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match?.[1] === undefined ? undefined : decodeEntities(match[1]);
}
