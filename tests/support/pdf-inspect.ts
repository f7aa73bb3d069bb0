/**
 * Reads a built PDF with pdf.js (what Firefox shows PDFs with) and reports what an accessibility
 * check needs: metadata, viewer preferences, bookmarks, the tag tree of every page and the text.
 */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A node of pdf.js's structure tree: an element with a role, or a leaf (content, annotation). */
interface StructNode {
  role?: string;
  type?: string;
  alt?: string;
  structId?: string;
  headers?: string[];
  children?: StructNode[];
}

export interface PdfReport {
  pages: number;
  /** The catalog's /Lang. */
  lang: string | undefined;
  infoTitle: string | undefined;
  /** dc:title from the XMP metadata. */
  dcTitle: string | undefined;
  displayDocTitle: boolean;
  /** The raw XMP packet (holds pdfuaid:part). */
  xmp: string;
  marked: boolean;
  /** Whether every page has a tag tree below a Document element. */
  taggedPages: number;
  /** Heading levels in reading order (H1 → 1). */
  headings: number[];
  /** Every Figure element's alt text ('' when missing). */
  figureAlts: string[];
  tables: { headerCells: number; dataCells: number }[];
  /** Data cells whose /Headers do not point at a header cell. */
  cellsWithoutHeader: number;
  /** Titles of the top-level bookmarks. */
  bookmarks: string[];
  /** The extracted text of all pages, lines separated by spaces. */
  text: string;
}

function walk(node: StructNode, visit: (node: StructNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** Reads `file` and reports on it. */
export async function inspectPdf(file: string): Promise<PdfReport> {
  const loading = getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false });
  const document = await loading.promise;
  const { info, metadata } = (await document.getMetadata()) as {
    info: { Language?: string; Title?: string };
    metadata: { get(name: string): string | null; getRaw(): string } | null;
  };
  const preferences = (await document.getViewerPreferences()) as Map<string, unknown> | Record<string, unknown> | null;
  const marks = (await document.getMarkInfo()) as Map<string, unknown> | Record<string, unknown> | null;
  const read = (from: Map<string, unknown> | Record<string, unknown> | null, key: string) =>
    from instanceof Map ? from.get(key) : from?.[key];
  const outline = ((await document.getOutline()) ?? []) as { title: string }[];

  const report: PdfReport = {
    pages: document.numPages,
    lang: info.Language,
    infoTitle: info.Title,
    dcTitle: metadata?.get('dc:title') ?? undefined,
    displayDocTitle: read(preferences, 'DisplayDocTitle') === true,
    xmp: metadata?.getRaw() ?? '',
    marked: read(marks, 'Marked') === true,
    taggedPages: 0,
    headings: [],
    figureAlts: [],
    tables: [],
    cellsWithoutHeader: 0,
    bookmarks: outline.map((item) => item.title),
    text: '',
  };
  const headerIds = new Set<string>();
  const cellHeaders: string[][] = [];
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const tree = (await page.getStructTree()) as StructNode | null;
    if (tree?.children?.some((child) => child.role === 'Document')) report.taggedPages++;
    const content = await page.getTextContent();
    for (const item of content.items as { str?: string; hasEOL?: boolean }[]) {
      texts.push(`${item.str ?? ''}${item.hasEOL ? ' ' : ''}`);
    }
    texts.push(' ');
    if (!tree) continue;
    walk(tree, (node) => {
      const heading = /^H([1-6])$/.exec(node.role ?? '');
      if (heading) report.headings.push(Number(heading[1]));
      if (node.role === 'Figure') report.figureAlts.push(node.alt ?? '');
      if (node.role === 'TH' && node.structId) headerIds.add(node.structId);
      if (node.role === 'TD') cellHeaders.push(node.headers ?? []);
      if (node.role === 'Table') {
        let headerCells = 0;
        let dataCells = 0;
        walk(node, (cell) => {
          if (cell.role === 'TH') headerCells++;
          if (cell.role === 'TD') dataCells++;
        });
        report.tables.push({ headerCells, dataCells });
      }
    });
  }
  report.cellsWithoutHeader = cellHeaders.filter((headers) => !headers.some((id) => headerIds.has(id))).length;
  report.text = texts.join('').replace(/\s+/g, ' ');
  await loading.destroy();
  return report;
}

/** Words of a text, lower case, letters and digits only ("PDF/UA" → "pdf", "ua"). */
export function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase('nl-NL').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The share of `words` that occur in `text`. */
export function coverage(words: readonly string[], text: string): { share: number; missing: string[] } {
  const present = new Set(wordsOf(text));
  const missing = words.filter((word) => !present.has(word));
  return { share: words.length === 0 ? 1 : 1 - missing.length / words.length, missing };
}
