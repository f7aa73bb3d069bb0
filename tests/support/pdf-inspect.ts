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

/** One table of the document, over all its pages. */
export interface PdfTable {
  /** The table's part of its header cells' IDs ("U3" of "U3x0y0"). */
  id: string;
  /** Pages it has content on. */
  pages: number[];
  /** TH elements: the header row's (column scope) and the row headers (src/pdf/row-headers.ts). */
  headerCells: number;
  /** The columns that have a header cell (x of "U3x2y0"). */
  headerColumns: number[];
  dataCells: number;
  /** The most cells in one row. */
  columns: number;
  /** Data cells whose /Headers name no header cell of this table. */
  dataCellsWithoutHeader: number;
  /** Header cells of body rows (the first cell of a row, "<table>x0y<row>" with row > 0): row headers. */
  rowHeaderCells: number;
  /** Data cells whose /Headers name no row header. */
  dataCellsWithoutRowHeader: number;
}

export interface PdfReport {
  pages: number;
  /** The catalog's /Lang. */
  lang: string | undefined;
  infoTitle: string | undefined;
  /** The document information's /Author. */
  author: string | undefined;
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
  /**
   * Every table of the document, whole: a table that runs over a page break is one table, found
   * by the IDs of its header cells (Typst names them "<table>x<col>y<row>") that its data cells'
   * /Headers point at on every page.
   */
  tables: PdfTable[];
  /** Table parts (on one page) in which neither a header cell nor a data cell names a header cell: a table without headers. */
  tablePartsWithoutHeaders: number;
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
    info: { Language?: string; Title?: string; Author?: string };
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
    author: info.Author,
    dcTitle: metadata?.get('dc:title') ?? undefined,
    displayDocTitle: read(preferences, 'DisplayDocTitle') === true,
    xmp: metadata?.getRaw() ?? '',
    marked: read(marks, 'Marked') === true,
    taggedPages: 0,
    headings: [],
    figureAlts: [],
    tables: [],
    tablePartsWithoutHeaders: 0,
    bookmarks: outline.map((item) => item.title),
    text: '',
  };
  /** Header cell IDs and data cells' /Headers, per table part, gathered over all pages. */
  const parts: TablePart[] = [];
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
      if (node.role === 'Table') {
        const part = { page: number, headerIds: [] as string[], dataHeaders: [] as string[][], columns: 0 };
        walk(node, (cell) => {
          if (cell.role === 'TH') part.headerIds.push(cell.structId ?? '');
          if (cell.role === 'TD') part.dataHeaders.push(cell.headers ?? []);
          if (cell.role === 'TR') {
            const cells = (cell.children ?? []).filter((child) => child.role === 'TH' || child.role === 'TD').length;
            part.columns = Math.max(part.columns, cells);
          }
        });
        parts.push(part);
      }
    });
  }
  Object.assign(report, wholeTables(parts));
  report.text = texts.join('').replace(/\s+/g, ' ');
  await loading.destroy();
  return report;
}

interface TablePart {
  page: number;
  headerIds: string[];
  dataHeaders: string[][];
  columns: number;
}

const CELL_ID = /^(.+)x(\d+)y(\d+)$/;

/** A header cell in the first column below the header row. */
const isRowHeader = (id: string) => {
  const [, , x, y] = CELL_ID.exec(id) ?? [];
  return x === '0' && Number(y) > 0;
};

/** Joins the parts of each table on its pages by the IDs of its header cells. */
function wholeTables(parts: readonly TablePart[]) {
  const tables = new Map<string, PdfTable>();
  const tableOf = (id: string) => {
    const key = CELL_ID.exec(id)?.[1] ?? id;
    let table = tables.get(key);
    if (!table)
      tables.set(
        key,
        (table = {
          id: key,
          pages: [],
          headerCells: 0,
          headerColumns: [],
          dataCells: 0,
          columns: 0,
          dataCellsWithoutHeader: 0,
          rowHeaderCells: 0,
          dataCellsWithoutRowHeader: 0,
        }),
      );
    return table;
  };
  const headerIds = new Set(parts.flatMap((part) => part.headerIds).filter(Boolean));
  const headerIdsOf = new Map<PdfTable, Set<string>>();
  let tablePartsWithoutHeaders = 0;
  for (const part of parts) {
    const named = [...part.headerIds, ...part.dataHeaders.flat()].filter((id) => headerIds.has(id));
    if (named.length === 0) {
      tablePartsWithoutHeaders++;
      continue;
    }
    const table = tableOf(named[0]!);
    if (!table.pages.includes(part.page)) table.pages.push(part.page);
    table.columns = Math.max(table.columns, part.columns);
    // pdf.js gives a table whole on every page it touches: cells are counted once, header cells by ID.
    for (const id of part.headerIds) {
      const column = Number(CELL_ID.exec(id)?.[2]);
      if (!table.headerColumns.includes(column)) table.headerColumns.push(column);
    }
    const ids = new Set([...(headerIdsOf.get(table) ?? []), ...part.headerIds]);
    headerIdsOf.set(table, ids);
    table.headerCells = ids.size;
    table.rowHeaderCells = [...ids].filter(isRowHeader).length;
    table.dataCells = Math.max(table.dataCells, part.dataHeaders.length);
    const without = part.dataHeaders.filter((headers) => !headers.some((id) => headerIds.has(id) && tableOf(id) === table)).length;
    table.dataCellsWithoutHeader = Math.max(table.dataCellsWithoutHeader, without);
    const withoutRow = part.dataHeaders.filter((headers) => !headers.some((id) => headerIds.has(id) && isRowHeader(id))).length;
    table.dataCellsWithoutRowHeader = Math.max(table.dataCellsWithoutRowHeader, withoutRow);
  }
  return { tables: [...tables.values()], tablePartsWithoutHeaders };
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
