/** Attributes that point at an id in the same document (a list of ids for the aria ones). */
const REFERENCE_ATTRIBUTES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'for', 'headers'];

/**
 * Gives every id in an HTML fragment a prefix, and rewrites the in-page links and ARIA/label
 * references that point at those ids. Used where several rendered entries share one page
 * (the whole final product), so identical headings ("Wat dit vraagt") keep unique anchors.
 * Ids the fragment does not define are left alone, so links to the rest of the page still work.
 */
export function prefixIds(html: string, prefix: string): string {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] as string));
  if (ids.size === 0) return html;
  const rename = (id: string): string => (ids.has(id) ? `${prefix}-${id}` : id);
  let result = html.replace(/(\sid=")([^"]+)(")/g, (_match, before: string, id: string, after: string) => `${before}${rename(id)}${after}`);
  result = result.replace(/(\shref="#)([^"]+)(")/g, (match, before: string, id: string, after: string) => {
    const decoded = safeDecode(id);
    return ids.has(decoded) ? `${before}${encodeURIComponent(`${prefix}-`)}${id}${after}` : match;
  });
  for (const attribute of REFERENCE_ATTRIBUTES) {
    const pattern = new RegExp(`(\\s${attribute}=")([^"]+)(")`, 'g');
    result = result.replace(
      pattern,
      (_match, before: string, list: string, after: string) => `${before}${list.split(/\s+/).map(rename).join(' ')}${after}`,
    );
  }
  return result;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
