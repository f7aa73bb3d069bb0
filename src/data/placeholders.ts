/**
 * Fields of site.yaml that only the publisher can fill (a contact address, for one) ship
 * with a placeholder that says so. `npm run check` warns while one is left, and pages never
 * show a placeholder as if it were real.
 */

/** Marks text that `npm run new` wrote for the editor to replace; `npm run check` warns about it. */
export const PLACEHOLDER_MARK = 'VERVANG';

/** The word a placeholder text starts with. */
export const PUBLISHER_MARK = 'INVULLEN';

/** The reserved top-level domain (RFC 2606) of a placeholder e-mail address: mail to it can never arrive. */
const PLACEHOLDER_EMAIL = /@[^@\s]+\.invalid$/i;

/** A web address on the reserved top-level domain .invalid: nobody can own it, so it can only be a placeholder. */
const PLACEHOLDER_URL = /^https?:\/\/[^/\s]+\.invalid(?::\d+)?(?:[/?#]|$)/i;

/** True for a value the publisher still has to replace. */
export function isPublisherPlaceholder(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text.toUpperCase().startsWith(PUBLISHER_MARK) || PLACEHOLDER_EMAIL.test(text) || PLACEHOLDER_URL.test(text);
}

/** A field that still holds a placeholder, by its dotted path ("contact.email"). */
export interface PublisherPlaceholder {
  field: string;
  value: string;
}

/** Every placeholder in the raw settings, depth first in the order of the file. */
export function findPublisherPlaceholders(raw: unknown, prefix = ''): PublisherPlaceholder[] {
  if (Array.isArray(raw)) return raw.flatMap((item, index) => findPublisherPlaceholders(item, `${prefix}[${index}]`));
  if (raw !== null && typeof raw === 'object') {
    return Object.entries(raw).flatMap(([key, value]) => findPublisherPlaceholders(value, prefix ? `${prefix}.${key}` : key));
  }
  return isPublisherPlaceholder(raw) ? [{ field: prefix, value: String(raw) }] : [];
}

/** The publisher as far as site.yaml names a real one; undefined while the fields hold placeholders, so no page shows them as a name. */
export function knownPublisher(site: { organisation: { name: string; url: string } }): { name: string; url: string } | undefined {
  const { name, url } = site.organisation;
  return isPublisherPlaceholder(name) ? undefined : { name, url: isPublisherPlaceholder(url) ? '' : url };
}
