import { findLinksAndImages, type BodyImage, type BodyLink } from '../markdown/check-markup.ts';

export type { BodyImage, BodyLink } from '../markdown/check-markup.ts';

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

/** Every link of a body (Markdown links, `<a href>`), from the syntax tree the markup policy reads. */
export const findLinks = (body: string, bodyLine: number, format: 'md' | 'mdx' = 'mdx'): BodyLink[] =>
  findLinksAndImages(body, format, bodyLine).links;

/** Every image of a body (Markdown images, `<img>`, components with a `src`), from the same tree. */
export const findImages = (body: string, bodyLine: number, format: 'md' | 'mdx' = 'mdx'): BodyImage[] =>
  findLinksAndImages(body, format, bodyLine).images;

/** A paragraph of prose with the file line it starts on. */
export interface Paragraph {
  line: number;
  text: string;
}

/** The readable prose of a body as paragraphs, without markup, components, code or headings' hashes. */
export function proseParagraphs(body: string, bodyLine: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  for (const { line, text } of contentLines(body, bodyLine)) {
    const trimmed = text.trim();
    const isBlock =
      trimmed === '' ||
      /^<\/?[A-Za-z]/.test(trimmed) ||
      /^(\||-{3,}$|\*{3,}$)/.test(trimmed) ||
      /^#{1,6}\s/.test(trimmed) ||
      /^[-*+]\s|^\d+\.\s/.test(trimmed);
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
