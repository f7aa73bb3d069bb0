import type { Element, Root, RootContent } from 'hast';
import { withBase } from '../data/urls.ts';

/** Attributes of content elements that hold a link or a file of the site. */
const LINK_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src' };

/**
 * Editors write links within the site from its root, as the check knows them: `/verhalen/x/`.
 * When the site lives under a base path (`https://example.nl/dialoog/`), this rehype plugin puts
 * the base path in front of those links at render time, so a link keeps working whatever path
 * the site is published under. Links to other sites (`https://…`, `//host/…`), fragments and
 * links that already carry the base path are left as they are.
 */
export function rehypeBaseLinks({ basePath }: { basePath: string }) {
  const rewrite = (value: string): string =>
    value.startsWith('/') && !value.startsWith('//') && value !== basePath && !value.startsWith(`${basePath}/`) ? withBase(value, basePath) : value;
  const walk = (node: Root | RootContent): void => {
    if (node.type === 'element') {
      const attribute = LINK_ATTRIBUTES[node.tagName];
      const property = attribute === undefined ? undefined : (node as Element).properties[attribute];
      if (attribute !== undefined && typeof property === 'string') node.properties[attribute] = rewrite(property);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  return (tree: Root) => {
    if (basePath) walk(tree);
  };
}
