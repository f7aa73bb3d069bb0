import type { Paragraph } from './readability.ts';

/** A link in an MDX body, with the file line it is on. */
export interface BodyLink {
  href: string;
  text: string;
  line: number;
}

/** An image in an MDX body: Markdown `![alt](src)`, `<img>` or a component with `src`. */
export interface BodyImage {
  src: string;
  /** Undefined when the alt attribute is missing altogether. */
  alt: string | undefined;
  line: number;
  /** "markdown", "img" or the component name, e.g. "Figure". */
  tag: string;
}

/** A component used in an MDX body with its string attributes. */
export interface BodyComponent {
  name: string;
  attributes: Record<string, string>;
  line: number;
}

/** The body's lines with their file line numbers, leaving out fenced code, comments, imports and exports. */
export function contentLines(body: string, bodyLine: number): { line: number; text: string }[] {
  const result: { line: number; text: string }[] = [];
  let fenced = false;
  let comment = false;
  body.split(/\r?\n/).forEach((text, index) => {
    const trimmed = text.trim();
    if (/^(```|~~~)/.test(trimmed)) fenced = !fenced;
    else if (fenced) return;
    else if (comment || trimmed.startsWith('{/*') || trimmed.startsWith('<!--')) comment = !/(\*\/\}|-->)\s*$/.test(trimmed);
    else if (/^(import|export)\s/.test(trimmed)) return;
    else result.push({ line: bodyLine + index, text });
  });
  return result;
}

const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g;

/** Components (capitalised tags) and `<img>`/`<a>` tags with their string attributes. */
export function findTags(body: string, bodyLine: number): BodyComponent[] {
  const tags: BodyComponent[] = [];
  for (const { line, text } of contentLines(body, bodyLine)) {
    for (const match of text.matchAll(/<([A-Z][\w.]*|img|a)\b([^>]*)\/?>/g)) {
      const attributes: Record<string, string> = {};
      for (const attribute of match[2]!.matchAll(ATTRIBUTE)) attributes[attribute[1]!] = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
      tags.push({ name: match[1]!, attributes, line });
    }
  }
  return tags;
}

/** Every link: Markdown `[text](href)` and `href` attributes. */
export function findLinks(body: string, bodyLine: number): BodyLink[] {
  const links: BodyLink[] = [];
  for (const { line, text } of contentLines(body, bodyLine)) {
    for (const match of text.matchAll(/(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^)]*["'])?\s*\)/g)) {
      if (match[1] !== '!') links.push({ href: match[3]!, text: match[2]!, line });
    }
  }
  for (const tag of findTags(body, bodyLine)) {
    if (tag.attributes['href'] !== undefined) links.push({ href: tag.attributes['href'], text: '', line: tag.line });
  }
  return links;
}

/** Every image: Markdown images, `<img>` and components that take a `src`. */
export function findImages(body: string, bodyLine: number): BodyImage[] {
  const images: BodyImage[] = [];
  for (const { line, text } of contentLines(body, bodyLine)) {
    for (const match of text.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^)]*["'])?\s*\)/g)) {
      images.push({ src: match[2]!, alt: match[1]!, line, tag: 'markdown' });
    }
  }
  for (const tag of findTags(body, bodyLine)) {
    if (tag.attributes['src'] !== undefined && tag.name !== 'a') images.push({ src: tag.attributes['src'], alt: tag.attributes['alt'], line: tag.line, tag: tag.name });
  }
  return images;
}

/** The readable prose of a body as paragraphs, without markup, components, code or headings' hashes. */
export function proseParagraphs(body: string, bodyLine: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  for (const { line, text } of contentLines(body, bodyLine)) {
    const trimmed = text.trim();
    const isBlock = trimmed === '' || /^<\/?[A-Za-z]/.test(trimmed) || /^(\||-{3,}$|\*{3,}$)/.test(trimmed) || /^#{1,6}\s/.test(trimmed) || /^[-*+]\s|^\d+\.\s/.test(trimmed);
    const plain = stripMarkup(trimmed);
    if (isBlock) {
      current = undefined;
      // Headings and list items are read on their own.
      if (/^(#{1,6}|[-*+]|\d+\.)\s/.test(trimmed) && plain) paragraphs.push({ line, text: plain });
      continue;
    }
    if (current) current.text += ` ${plain}`;
    else paragraphs.push((current = { line, text: plain }));
  }
  return paragraphs.filter((paragraph) => paragraph.text.trim() !== '');
}

/** Text of a line without Markdown syntax, inline tags or expressions. */
export function stripMarkup(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/^(#{1,6}|[-*+]|\d+\.|>)\s+/, '')
    .replace(/[*_~]/g, '')
    .trim();
}
