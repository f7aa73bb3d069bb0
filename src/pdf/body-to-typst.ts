/**
 * A chapter's Markdown/MDX body as Typst markup, from its syntax tree (the parser Astro uses),
 * never from its text: every text node goes through `text()` (a string literal), every piece of
 * markup is written here. A node this module does not know stops the build with a Dutch message
 * naming the file and line, so nothing reaches the PDF unchecked.
 */
import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import { ContentError } from '../messages/content-problems.ts';
import type { PdfImage } from './body-images.ts';
import { tableLayout } from './table-layout.ts';
import { block, call, collapseSpace, text, typstString } from './typst-text.ts';

interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  tagName?: string;
  properties?: Record<string, unknown>;
}

/** What a body needs from outside: where it comes from (for messages) and how to draw a chart. */
export interface BodyContext {
  /** The content file, as messages name it ("content/chapters/inleiding.mdx"). */
  file: string;
  /** Lines of front matter before the body, so messages give the file's line. */
  lineOffset: number;
  /** Turns a link written from the site's root ("/over/") into a full address. */
  absoluteLink: (href: string) => string;
  /** Level of the heading the body sits under (a chapter title is 1). */
  parentLevel: number;
  /** The markup of a chart figure for `<Visual id="…" />`. */
  visual: (id: string, line: number) => string;
  /** The visible example label ("Voorbeeld"). */
  exampleLabel: string;
  /** The re-encoded image an address names (src/pdf/body-images.ts), or undefined: then its alt text stands in its place. */
  image?: (url: string) => PdfImage | undefined;
  /** Told when the body shows something labelled as an example (a quote), so the document can say it holds examples. */
  onExample?: () => void;
}

/** One problem in a body, as the build reports it. */
export function bodyError(context: Pick<BodyContext, 'file' | 'lineOffset'>, line: number | undefined, message: string, fix: string) {
  return new ContentError(
    [{ file: context.file, line: line === undefined ? undefined : line + context.lineOffset, field: '(tekst)', message, fix }],
    'De PDF van het eindproduct kan niet gemaakt worden',
  );
}

function attribute(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found) return undefined;
  return typeof found.value === 'string' ? found.value : found.value === null ? '' : undefined;
}

/** The text a reader sees in a node, without markup. */
function plainText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(plainText).join('');
}

/** Converts a body; throws a ContentError for anything the PDF cannot show faithfully. */
export function bodyToTypst(source: string, format: 'md' | 'mdx', context: BodyContext): string {
  let tree: Node;
  try {
    tree = (format === 'mdx' ? mdxToMdast(source) : markdownToMdast(source)) as Node;
  } catch (error) {
    throw bodyError(context, undefined, `de tekst is geen geldige ${format.toUpperCase()}: ${String(error)}`, 'voer npm run check uit');
  }
  let lastLevel = context.parentLevel;
  const lineOf = (node: Node) => node.position?.start.line;
  const fail = (node: Node, message: string, fix: string): never => {
    throw bodyError(context, lineOf(node), message, fix);
  };

  const inline = (nodes: Node[] = []): string => nodes.map(inlineNode).join('');
  const inlineNode = (node: Node): string => {
    switch (node.type) {
      case 'text':
        return text(collapseSpace(node.value ?? ''));
      case 'inlineCode':
        return text(node.value ?? '');
      case 'emphasis':
        return call('emph', inline(node.children));
      case 'strong':
        return call('strong', inline(node.children));
      case 'delete':
        return call('strike', inline(node.children));
      case 'break':
        return '#linebreak();';
      case 'link':
        return call('link', inline(node.children), typstString(context.absoluteLink(node.url ?? '')));
      case 'linkReference':
        return inline(node.children);
      case 'image':
        return image(node, true);
      case 'html':
        return html(node);
      case 'mdxJsxTextElement':
        return component(node, true);
      case 'mdxTextExpression':
        return comment(node);
      default:
        return fail(
          node,
          `dit onderdeel (${node.type}) kan niet in de PDF`,
          'gebruik gewone Markdown of de componenten uit de handleiding',
        );
    }
  };

  const flow = (nodes: Node[] = []): string => nodes.map(flowNode).join('\n\n');
  const flowNode = (node: Node): string => {
    switch (node.type) {
      case 'paragraph': {
        // An image alone in its paragraph is a block of its own, as wide as it is (at most the text width).
        const [only, ...rest] = (node.children ?? []).filter((child) => child.type !== 'text' || child.value?.trim());
        return only?.type === 'image' && rest.length === 0 ? image(only, false) : inline(node.children);
      }
      case 'heading':
        return heading(node);
      case 'thematicBreak':
        return '#line(length: 100%, stroke: 0.5pt + luma(60%));';
      case 'blockquote':
        return `#quote(block: true)[${flow(node.children)}]`;
      case 'list':
        return list(node);
      case 'table':
        return table(node);
      case 'code':
        return `#block(inset: 6pt, fill: luma(95%))[${text(node.value ?? '')}]`;
      case 'html':
        return html(node);
      case 'definition':
      case 'yaml':
      case 'toml':
        return '';
      case 'mdxJsxFlowElement':
        return component(node, false);
      case 'mdxFlowExpression':
        return comment(node);
      default:
        return inlineNode(node);
    }
  };

  const image = (node: Node, inText: boolean): string => {
    const alt = node.alt?.trim();
    if (!alt) return fail(node, 'een afbeelding heeft geen alt-tekst', 'beschrijf de afbeelding tussen de [ ]');
    const found = context.image?.(node.url ?? '');
    // An image the build cannot read (on another site, or broken): its text alternative stands in its place.
    if (!found) return text(`[${alt}]`);
    const width = found.widthPt === undefined ? '100%' : `${found.widthPt}pt`;
    const markup = `image(${typstString(found.typstPath)}, alt: ${typstString(alt)}, width: ${width})`;
    return inText ? `#box(${markup})` : `#block(${markup})`;
  };
  // Raw HTML: its text, and an <img> as an image like a Markdown one (the content check has judged its file and alt text).
  const html = (node: Node): string =>
    htmlParts(node.value ?? '')
      .map((part) =>
        'text' in part
          ? text(collapseSpace(part.text))
          : image({ type: 'image', url: part.src, alt: part.alt, ...(node.position ? { position: node.position } : {}) }, true),
      )
      .join('');
  // The markup policy lets only comments through as expressions ({/* … */}); they show nothing.
  const comment = (node: Node): string =>
    /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')
      ? ''
      : fail(node, 'een uitdrukking tussen { } kan niet in de PDF', 'schrijf \\{ en \\} voor accolades in gewone tekst');

  const heading = (node: Node): string => {
    // A body heading sits below the chapter title; "#" in a body counts as "##".
    const level = Math.max(node.depth ?? 2, context.parentLevel + 1);
    if (level > lastLevel + 1)
      fail(
        node,
        `deze kop slaat een niveau over (niveau ${level} na niveau ${lastLevel}); een toegankelijke PDF mag dat niet`,
        `maak er ${'#'.repeat(lastLevel + 1)} van, of zet er eerst een kop van dat niveau boven`,
      );
    const content = inline(node.children);
    if (!plainText(node).trim()) fail(node, 'een kop is leeg', 'geef de kop tekst of haal hem weg');
    lastLevel = level;
    return `#heading(level: ${level})[${content}]`;
  };

  const list = (node: Node): string => {
    const items = (node.children ?? []).map((item) => block(flow(item.children))).join(', ');
    if (!node.ordered) return `#list(${items})`;
    return `#enum(start: ${Math.max(0, Math.trunc(node.start ?? 1))}, ${items})`;
  };

  const table = (node: Node): string => {
    const [head, ...rows] = node.children ?? [];
    const columns = head?.children?.length ?? 0;
    if (!head || columns === 0) return fail(node, 'een tabel heeft geen kopregel', 'zet een kopregel boven de tabel');
    const cells = (row: Node) => {
      const given = (row.children ?? []).map((cell) => block(inline(cell.children)));
      return [...given, ...Array.from({ length: columns - given.length }, () => '[]')].slice(0, columns).join(', ');
    };
    const layout = tableLayout([head, ...rows].map((row) => (row.children ?? []).map(plainText).slice(0, columns)));
    const grid = `table(${layout.columns}, table.header(${cells(head)}), ${rows.map(cells).join(', ')})`;
    return layout.textSize ? `#text(size: ${layout.textSize}, ${grid})` : `#${grid}`;
  };

  const component = (node: Node, inText: boolean): string => {
    const children = () => (inText || node.children?.every((c) => c.type !== 'paragraph') ? inline(node.children) : flow(node.children));
    switch (node.name) {
      case 'Lang': {
        const code = attribute(node, 'code') ?? '';
        const [language = '', region] = code.split('-');
        if (!/^[a-z]{2,3}$/i.test(language) || (region !== undefined && !/^[a-z]{2}$/i.test(region)))
          fail(node, `de taalcode "${code}" kan niet in de PDF`, 'schrijf een taalcode als "en" of "en-GB"');
        const regionArg = region ? `, region: ${typstString(region.toUpperCase())}` : '';
        return call('text', children(), `lang: ${typstString(language.toLowerCase())}${regionArg}`);
      }
      case 'Quote': {
        const by = attribute(node, 'by');
        const example = attribute(node, 'example') !== undefined;
        if (example) context.onExample?.();
        const said = attribute(node, 'text');
        const body = said !== undefined ? text(collapseSpace(said)) : children();
        const credit = [by ? text(by) : '', example ? call('strong', text(` ${context.exampleLabel}`)) : ''].join('');
        return `#quote(block: true${credit ? `, attribution: [${credit}]` : ''})[${body}]`;
      }
      case 'Callout': {
        const title = attribute(node, 'title') ?? '';
        return `#callout(${block(text(title))})[${children()}]`;
      }
      case 'Visual': {
        const id = attribute(node, 'id');
        if (!id) return fail(node, '<Visual> heeft geen id', 'schrijf <Visual id="naam-van-de-grafiek" />');
        return context.visual(id, (lineOf(node) ?? 0) + context.lineOffset);
      }
      default:
        return fail(node, `het component <${node.name ?? ''}> kan niet in de PDF`, 'gebruik alleen de componenten uit de handleiding');
    }
  };

  return flow(tree.children);
}

/** The text and images of a raw HTML fragment, in order (the markup policy has already judged its elements). */
function htmlParts(html: string): ({ text: string } | { src: string; alt: string })[] {
  const parts: ({ text: string } | { src: string; alt: string })[] = [];
  const visit = (node: Node) => {
    if (node.type === 'text') parts.push({ text: node.value ?? '' });
    else if (node.tagName === 'img') {
      const { src, alt } = node.properties ?? {};
      parts.push({ src: typeof src === 'string' ? src : '', alt: typeof alt === 'string' ? alt : '' });
    } else for (const child of node.children ?? []) visit(child);
  };
  visit(htmlToHast(html, { fragment: true }) as Node);
  return parts;
}

/** The image addresses of a raw HTML fragment (`<img src>`), for src/pdf/body-images.ts. */
export function htmlImageUrls(html: string): string[] {
  return htmlParts(html).flatMap((part) => ('src' in part && part.src ? [part.src] : []));
}
