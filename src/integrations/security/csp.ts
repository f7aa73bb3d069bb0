import { createHash } from 'node:crypto';
import { htmlToHast } from 'satteri';
import { decodeEntities } from '../../markdown/character-references.ts';

export { decodeEntities };

/** A parsed policy: directive name → sources, in the order they appeared. */
export type Policy = Map<string, string[]>;

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i;

/** Parses `a b; c d` into a policy. Directive names are case-insensitive; the first occurrence wins, as in browsers. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

/** Serialises a policy on one line, as a header value or meta content. */
export function serialisePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The CSP of a built page's `<meta http-equiv>` element, or undefined when it has none. */
export function readMetaPolicy(html: string): string | undefined {
  const match = META_CSP.exec(html);
  return match ? decodeEntities(match[1] ?? '') : undefined;
}

/** Replaces the page's CSP meta element with `policy`. */
export function writeMetaPolicy(html: string, policy: string): string {
  return html.replace(
    META_CSP,
    () => `<meta http-equiv="content-security-policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`,
  );
}

/** The CSP source expression for `text`: 'sha256-…'. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

interface HtmlNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HtmlNode[];
  value?: string;
}

/** The elements of a page as a browser parses it: text inside attributes or in a script's string is text, not a tag. */
function elementsOf(html: string): HtmlNode[] {
  const found: HtmlNode[] = [];
  const visit = (node: HtmlNode) => {
    if (node.type === 'element') found.push(node);
    // A template's content is a fragment of its own in hast; its elements are still in the page.
    const content = (node as { content?: HtmlNode }).content;
    if (content) visit(content);
    for (const child of node.children ?? []) visit(child);
  };
  visit(htmlToHast(html) as HtmlNode);
  return found;
}

const textOf = (node: HtmlNode): string =>
  (node.children ?? []).map((child) => (child.type === 'text' ? (child.value ?? '') : textOf(child))).join('');
const attribute = (node: HtmlNode, name: string): string | undefined => {
  const value = node.properties?.[name];
  return value === undefined || value === null || value === false ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
};

/** Values of every `style` attribute in the page, as the browser sees them. */
export function findStyleAttributes(html: string): string[] {
  // Most pages have none (colours come from classes); one search spares the parse.
  if (!/\sstyle=/i.test(html)) return [];
  return elementsOf(html).flatMap((node) => attribute(node, 'style') ?? []);
}

/** Inline `<script>` and `<style>` bodies the CSP must allow; data blocks such as JSON-LD are not executed and need no hash. */
export function findInlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  if (!/<(script|style)\b/i.test(html)) return { scripts, styles };
  for (const node of elementsOf(html)) {
    if (node.tagName === 'style') styles.push(textOf(node));
    if (node.tagName !== 'script' || attribute(node, 'src') !== undefined) continue;
    const type = attribute(node, 'type')?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    scripts.push(textOf(node));
  }
  return { scripts, styles };
}

/** Sources that would let injected code run; the policy must never contain them. */
export const FORBIDDEN_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'];

/**
 * Completes a page's policy from what is really in the page: hashes for its `style` attributes
 * (under `style-src-attr` with 'unsafe-hashes', so only those exact declarations may apply).
 * Returns the problems too: inline code that the policy does not allow would silently break.
 */
export function completePagePolicy(metaPolicy: string, html: string): { policy: Policy; problems: string[] } {
  const policy = parsePolicy(metaPolicy);
  const attributeHashes = [...new Set(findStyleAttributes(html).map(hashSource))].sort();
  if (attributeHashes.length > 0) policy.set('style-src-attr', ["'unsafe-hashes'", ...attributeHashes]);
  const problems: string[] = [];
  const { scripts, styles } = findInlineCode(html);
  const allowed = (directive: string) => new Set([...(policy.get(`${directive}-elem`) ?? policy.get(directive) ?? [])]);
  const scriptSources = allowed('script-src');
  const styleSources = allowed('style-src');
  for (const script of scripts) {
    if (!scriptSources.has(hashSource(script))) problems.push(`inline <script> zonder hash in de CSP: ${script.trim().slice(0, 60)}`);
  }
  for (const style of styles) {
    if (!styleSources.has(hashSource(style))) problems.push(`inline <style> zonder hash in de CSP: ${style.trim().slice(0, 60)}`);
  }
  for (const [name, sources] of policy) {
    if (!name.startsWith('script-src') && !name.startsWith('style-src')) continue;
    for (const source of sources) if (FORBIDDEN_SOURCES.includes(source)) problems.push(`${name} bevat ${source}`);
  }
  return { policy, problems };
}
