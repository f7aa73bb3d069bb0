import { decodeEntities } from '../markdown/character-references.ts';

export { decodeEntities };

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

/** The value of an attribute in a start tag, decoded, or undefined when it is absent. */
export function readAttribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match?.[1] === undefined ? undefined : decodeEntities(match[1]);
}
