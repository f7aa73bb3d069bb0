import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

/** Attributes of content elements that hold a link or a file of the site. */
const LINK_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src' };

/**
 * A content link with the base path in front when it is written from the site's root:
 * "/verhalen/x/" → "/dialoog/verhalen/x/". Links to other sites ("https://…", "//host/…"),
 * relative links, fragments and links that already carry the base path stay as they are.
 */
export function withBaseInContent(value: string, basePath: string): string {
  if (!basePath || !value.startsWith('/') || value.startsWith('//')) return value;
  if (value === basePath || value.startsWith(`${basePath}/`)) return value;
  // The link of a site path, as withBase (src/data/urls.ts) makes it: the markup layer sits below the data layer.
  return `${basePath}${value}`;
}

/**
 * Editors write links within the site from its root, as `npm run check` knows them:
 * `[verhaal](/verhalen/x/)`. When the site lives under a base path (`https://example.nl/dialoog/`),
 * this Sätteri hast plugin gives those links the base path at render time, in Markdown and MDX
 * alike, so the same content works whatever path the site is published under.
 */
export function baseLinksPlugin(basePath: string): HastPluginDefinition {
  return defineHastPlugin({
    name: 'oogst-base-links',
    element: {
      filter: Object.keys(LINK_ATTRIBUTES),
      visit(node, context) {
        const attribute = LINK_ATTRIBUTES[node.tagName];
        const value = attribute === undefined ? undefined : node.properties?.[attribute];
        if (attribute === undefined || typeof value !== 'string') return;
        const rewritten = withBaseInContent(value, basePath);
        if (rewritten !== value) context.setProperty(node, attribute, rewritten);
      },
    },
  });
}
