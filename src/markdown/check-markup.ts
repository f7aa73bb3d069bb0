/**
 * Reads a whole Markdown or MDX content file with the parser Astro itself uses (Sätteri) and
 * holds every node against the markup policy. The syntax tree, not the text, decides what is
 * code: a `{` in a code block is text, a `{` in a paragraph is an expression.
 */
import GithubSlugger from 'github-slugger';
import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import {
  checkEsm,
  checkExpression,
  checkHtmlElement,
  checkJsxElement,
  checkMarkdownUrl,
  MAX_NESTING,
  tooDeep,
  type JsxAttribute,
  type MarkupContext,
  type MarkupFinding,
} from './markup-policy.ts';

/** A finding at a line of the file. */
export interface LocatedFinding extends MarkupFinding {
  line: number;
}

interface Node {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
  value?: string;
  url?: string;
  alt?: string | null;
  name?: string | null;
  attributes?: RawJsxAttribute[];
  /** A reference-style link or image (`[x][ref]`) and its definition (`[ref]: url`). */
  identifier?: string;
}
interface RawJsxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

/** Markdown node types that are plain text structure; anything else needs a rule of its own. */
const STRUCTURE = new Set([
  'root',
  'yaml',
  'toml',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'code',
  'inlineCode',
  'text',
  'emphasis',
  'strong',
  'delete',
  'break',
  'definition',
  'footnoteDefinition',
  'footnoteReference',
  'linkReference',
  'imageReference',
]);

/** The parser's syntax errors, in Dutch: its own English wording never reaches editors. */
/** A parser error in Dutch, and its own fix where the general one (close tags, escape braces) does not fit. */
const SYNTAX_ERRORS: [RegExp, (m: RegExpExecArray) => string, string?][] = [
  [/Expected a closing tag for `<([^>]*)>`/, (m) => `<${m[1] ?? ''}> wordt niet afgesloten`],
  [
    /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/,
    (m) => `</${m[1] ?? ''}> sluit een tag die niet open staat; verwacht werd </${m[2] ?? ''}>`,
  ],
  [/Unexpected closing tag `<\/([^>]*)>`/, (m) => `</${m[1] ?? ''}> sluit een tag die niet open staat`],
  [/Unexpected closing slash `\/` in tag/, () => 'een / staat op een verkeerde plek in een tag'],
  [/Unexpected lazy line/, () => 'een regel binnen een citaat of lijst hoort bij een tag of { } die daar niet sluit'],
  [/Unexpected end of file in expression/, () => 'een { wordt niet gesloten met }'],
  [/Unexpected end of file/, () => 'het bestand houdt op midden in een tag of { }'],
  [
    /Unexpected character `!` \(U\+0021\) before name/,
    () => 'een HTML-opmerking <!-- --> kan niet in MDX',
    "haal de opmerking weg: een notitie voor collega's hoort niet in de tekst (in MDX blijft {/* notitie */} uit de site)",
  ],
  [
    /Unexpected character `([^`]*)`[^,]*,? ?(?:before|after|in) (?:name|attribute)/,
    (m) => `het teken ${m[1] ?? ''} staat in een tag op een plek waar het niet hoort`,
  ],
  [/Unexpected character `([^`]*)`/, (m) => `het teken ${m[1] ?? ''} staat op een plek waar MDX het niet verwacht`],
  [/Could not parse expression/, () => 'wat tussen { } staat is geen geldige uitdrukking'],
  [/Unexpected (?:attribute|value|token)/, () => 'een tag heeft een attribuut dat MDX niet kan lezen'],
];

/** The MDX syntax error as the parser reports it, in Dutch: "MDX-fout op regel 5, kolom 7: <Quote> wordt niet afgesloten". */
export function explainSyntaxError(error: unknown, format: 'md' | 'mdx'): LocatedFinding {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+):\s*(.*)$/s.exec(text);
  const line = match ? Number(match[1]) : 1;
  const reason = (match?.[3] ?? text).replace(/\s*\([\w:-]+\)\s*$/, '').trim();
  const hit = SYNTAX_ERRORS.map(([pattern, say, fix]) => ({ found: pattern.exec(reason), say, fix })).find(({ found }) => found);
  const what = hit?.found ? hit.say(hit.found) : 'de opmaak klopt hier niet (een tag, < of { die MDX niet kan lezen)';
  return {
    line,
    message: `${format === 'mdx' ? 'MDX' : 'Markdown'}-fout op regel ${line}${match ? `, kolom ${match[2]}` : ''}: ${what}`,
    fix:
      hit?.fix ?? 'sluit elke <Tag> met </Tag> of schrijf <Tag />; schrijf \\{ en \\} of \\< voor accolades en punthaken in gewone tekst',
  };
}

/** At most this many syntax errors are reported per file; a file with more needs looking at as a whole. */
const MAX_SYNTAX_ERRORS = 20;

/**
 * Parses a content file; on a syntax error, blanks the line it starts on (keeping the line count)
 * and parses again, so every syntax error of the file is reported, not only the first.
 */
function parseReportingEverySyntaxError(source: string, format: 'md' | 'mdx'): { tree: Node | undefined; errors: LocatedFinding[] } {
  const found: LocatedFinding[] = [];
  const errors = () => found.sort((a, b) => a.line - b.line);
  let text = source;
  for (let attempt = 0; attempt <= MAX_SYNTAX_ERRORS; attempt++) {
    try {
      return { tree: (format === 'mdx' ? mdxToMdast(text) : markdownToMdast(text)) as Node, errors: errors() };
    } catch (error) {
      const finding = explainSyntaxError(error, format);
      const lines = text.split('\n');
      const known = found.some((seen) => seen.line === finding.line && seen.message === finding.message);
      if (!known) found.push(finding);
      if (known || finding.line > lines.length || lines[finding.line - 1]?.trim() === '' || attempt === MAX_SYNTAX_ERRORS)
        return { tree: undefined, errors: errors() };
      lines[finding.line - 1] = '';
      text = lines.join('\n');
    }
  }
  return { tree: undefined, errors: errors() };
}

function jsxAttributes(node: Node): JsxAttribute[] {
  return (node.attributes ?? []).map((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute') return { spread: typeof attribute.value === 'string' ? attribute.value : '…' };
    const value = attribute.value;
    return {
      name: attribute.name ?? '',
      value: value === undefined || value === null ? null : typeof value === 'string' ? value : { expression: value.value },
    };
  });
}

/** Attribute names as written from hast property names ("ariaLabel" → "aria-label", "className" → "class"). */
export function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(aria|data)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return property.toLowerCase();
}

/** The attributes of a parsed HTML element as the policy reads them. */
export function hastAttributes(properties: Record<string, unknown> | undefined): Record<string, string | null> {
  const attributes: Record<string, string | null> = {};
  for (const [property, value] of Object.entries(properties ?? {})) {
    if (value === false || value === undefined || value === null) continue;
    attributes[attributeName(property)] = value === true ? null : Array.isArray(value) ? value.join(' ') : String(value);
  }
  return attributes;
}

/** Raw HTML inside Markdown: every element it opens, against the same allow-list as MDX. */
export function checkRawHtmlFragment(html: string): MarkupFinding[] {
  const findings: MarkupFinding[] = [];
  const visit = (node: HastNode, depth = 0) => {
    if (depth > MAX_NESTING) {
      findings.push(tooDeep());
      return;
    }
    if (node.type === 'element' && node.tagName) findings.push(...checkHtmlElement(node.tagName, hastAttributes(node.properties)));
    for (const child of node.children ?? []) visit(child, depth + 1);
  };
  visit(htmlToHast(html, { fragment: true }) as HastNode);
  return findings;
}

/**
 * Every finding in a content file (front matter included, so lines are the file's): every syntax
 * error, then what the rest of the file breaks of the policy.
 */
export function checkMarkup(source: string, format: 'md' | 'mdx', context: MarkupContext = {}): LocatedFinding[] {
  const { tree, errors } = parseReportingEverySyntaxError(source, format);
  if (!tree) return errors;
  const findings: LocatedFinding[] = [...errors];
  const visit = (node: Node, line: number, depth: number) => {
    const at = node.position?.start.line ?? line;
    const add = (found: MarkupFinding[]) => findings.push(...found.map((finding) => ({ line: at, ...finding })));
    if (depth > MAX_NESTING) {
      add([tooDeep()]);
      return;
    }
    switch (node.type) {
      case 'mdxjsEsm':
        add(checkEsm(node.value ?? ''));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(checkExpression(node.value ?? ''));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        add(checkJsxElement(node.name ?? null, jsxAttributes(node), (node.children ?? []).length > 0, context));
        break;
      case 'html':
        add(checkRawHtmlFragment(node.value ?? ''));
        return;
      case 'link':
        add(checkMarkdownUrl(node.url ?? '', 'link'));
        break;
      case 'image':
        add(checkMarkdownUrl(node.url ?? '', 'image'));
        break;
      // The URL of a reference-style link or image (`[x][ref]`, `![x][ref]`) is in its definition.
      case 'definition':
        add(checkMarkdownUrl(node.url ?? '', 'link'));
        break;
      default:
        if (!STRUCTURE.has(node.type))
          add([{ message: `dit onderdeel (${node.type}) is niet toegestaan in de inhoud`, fix: 'gebruik gewone Markdown' }]);
    }
    for (const child of node.children ?? []) visit(child, at, depth + 1);
  };
  visit(tree, 1, 0);
  return findings;
}

/** The text a reader sees in a node: its text and code, without markup. */
function plainText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(plainText).join('');
}

/**
 * The anchors (`id`s) the headings of a content file get on its page, as Astro makes them:
 * GitHub's slugs of the heading texts, numbered when a text repeats. Empty when it does not parse.
 */
export function headingAnchors(source: string, format: 'md' | 'mdx'): string[] {
  let tree: Node;
  try {
    tree = (format === 'mdx' ? mdxToMdast(source) : markdownToMdast(source)) as Node;
  } catch {
    return [];
  }
  const slugger = new GithubSlugger();
  const anchors: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'heading') anchors.push(slugger.slug(plainText(node)));
    else for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return anchors;
}

/** A link in a content file's body, with its line. */
export interface BodyLink {
  href: string;
  /** The text a reader sees; empty for a raw HTML link. */
  text: string;
  line: number;
}

/** An image in a body: Markdown `![alt](src)`, `<img>` or a component with a `src`. */
export interface BodyImage {
  src: string;
  /** Undefined when the alt attribute is missing altogether. */
  alt: string | undefined;
  line: number;
  /** "markdown", "img" or the component name, e.g. "Figure". */
  tag: string;
}

/** A JSX attribute's string value: a literal, or an expression that is one string ("…", '…', `…`). */
function jsxString(value: RawJsxAttribute['value']): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return /^\s*(["'`])([^"'`]*)\1\s*$/.exec(value.value)?.[2];
  return undefined;
}

/**
 * The links and images of a Markdown or MDX text, read from the same syntax tree the markup
 * policy walks (code blocks, comments and ESM are no links). `firstLine` is the file line of
 * the text's first line. Empty when the text does not parse: the policy reports that.
 */
export function findLinksAndImages(source: string, format: 'md' | 'mdx', firstLine = 1): { links: BodyLink[]; images: BodyImage[] } {
  const links: BodyLink[] = [];
  const images: BodyImage[] = [];
  let tree: Node;
  try {
    tree = (format === 'mdx' ? mdxToMdast(source) : markdownToMdast(source)) as Node;
  } catch {
    return { links, images };
  }
  const fromHtml = (html: string, line: number) => {
    const visit = (node: HastNode) => {
      if (node.type === 'element') {
        const attributes = hastAttributes(node.properties);
        if (node.tagName === 'a' && attributes['href'] != null) links.push({ href: attributes['href'], text: '', line });
        if (node.tagName === 'img' && attributes['src'] != null)
          images.push({ src: attributes['src'], alt: attributes['alt'] ?? undefined, line, tag: 'img' });
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(htmlToHast(html, { fragment: true }) as HastNode);
  };
  // Reference-style links and images (`[x][ref]`) take their URL from a definition (`[ref]: url`).
  const definitions = new Map<string, string>();
  const collect = (node: Node) => {
    if (node.type === 'definition' && node.identifier !== undefined) definitions.set(node.identifier.toLowerCase(), node.url ?? '');
    for (const child of node.children ?? []) collect(child);
  };
  collect(tree);
  const visit = (node: Node, line: number) => {
    const at = node.position ? node.position.start.line + firstLine - 1 : line;
    switch (node.type) {
      case 'linkReference': {
        const url = definitions.get((node.identifier ?? '').toLowerCase());
        if (url !== undefined) links.push({ href: url, text: plainText(node), line: at });
        break;
      }
      case 'imageReference': {
        const url = definitions.get((node.identifier ?? '').toLowerCase());
        if (url !== undefined) images.push({ src: url, alt: node.alt ?? '', line: at, tag: 'markdown' });
        break;
      }
      case 'link':
        links.push({ href: node.url ?? '', text: plainText(node), line: at });
        break;
      case 'image':
        images.push({ src: node.url ?? '', alt: node.alt ?? '', line: at, tag: 'markdown' });
        break;
      case 'html':
        fromHtml(node.value ?? '', at);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const attributes: Record<string, string> = {};
        for (const attribute of node.attributes ?? []) {
          const value = attribute.type === 'mdxJsxAttribute' && attribute.name ? jsxString(attribute.value) : undefined;
          if (value !== undefined) attributes[attribute.name!] = value;
        }
        const name = node.name ?? '';
        if (name === 'a' && attributes['href'] !== undefined) links.push({ href: attributes['href'], text: plainText(node), line: at });
        if (name !== 'a' && (name === 'img' || /^[A-Z]/.test(name)) && attributes['src'] !== undefined)
          images.push({ src: attributes['src'], alt: attributes['alt'], line: at, tag: name });
        break;
      }
    }
    for (const child of node.children ?? []) visit(child, at);
  };
  visit(tree, firstLine);
  return { links, images };
}
