/** One start tag of a built page. */
export interface Tag {
  name: string;
  attributes: Record<string, string>;
}

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** Decodes character references in an attribute value. */
export function decode(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#')
      return String.fromCodePoint(ref[1]?.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * The start tags of a page with their decoded attributes. Built pages are machine-written and
 * pass html-validate, so a tag scanner that skips comments and the bodies of script and style is exact enough.
 */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const cleaned = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
  for (const match of cleaned.matchAll(/<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[2] ?? '').matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attributes[(attribute[1] ?? '').toLowerCase()] = decode(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
    }
    tags.push({ name: (match[1] ?? '').toLowerCase(), attributes });
  }
  return tags;
}

/** Every URL a tag points at, with the attribute it came from; srcset lists become one URL each. */
export function urlsOfTag(tag: Tag): { attribute: string; url: string }[] {
  const urls: { attribute: string; url: string }[] = [];
  for (const attribute of ['href', 'src', 'xlink:href', 'poster', 'action', 'data']) {
    const value = tag.attributes[attribute];
    if (value !== undefined && value.trim() !== '') urls.push({ attribute, url: value.trim() });
  }
  for (const attribute of ['srcset', 'imagesrcset']) {
    const value = tag.attributes[attribute];
    if (value) for (const candidate of value.split(',')) urls.push({ attribute, url: candidate.trim().split(/\s+/)[0] ?? '' });
  }
  return urls;
}
