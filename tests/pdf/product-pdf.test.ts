import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../src/data/urls.ts';
import { decodeEntities, htmlText } from '../../src/search/html-text.ts';
import { DIST, assertBuilt, readBuilt } from '../support/dist.ts';
import { coverage, inspectPdf, wordsOf, type PdfReport } from '../support/pdf-inspect.ts';

/** The one PDF below /eindproduct/ of the built default site. */
function productPdfFile(): string {
  const folder = path.join(DIST, ROUTES.chapters);
  const found = readdirSync(folder).filter((name) => name.endsWith('.pdf'));
  expect(found, 'precies één PDF in /eindproduct/').toHaveLength(1);
  return path.join(folder, found[0] ?? '');
}

const pageFile = (sitePath: string) => `${sitePath.replace(/^\//, '')}index.html`;
const mainOf = (html: string) => /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';

describe('the final product as a PDF/UA-1 document', () => {
  let report: PdfReport;
  let onePage: string;

  beforeAll(async () => {
    assertBuilt();
    report = await inspectPdf(productPdfFile());
    onePage = readBuilt(pageFile(ROUTES.wholeProduct));
  });

  it('is tagged: every page has a tag tree below a Document element, and the catalog says Marked', () => {
    expect(report.marked).toBe(true);
    expect(report.pages).toBeGreaterThan(3);
    expect(report.taggedPages).toBe(report.pages);
  });

  it('declares Dutch (nl-NL), its title as dc:title and as the window title, and PDF/UA-1', () => {
    expect(report.lang).toBe('nl-NL');
    expect(report.dcTitle).toMatch(/^Eindproduct: /);
    expect(report.infoTitle).toBe(report.dcTitle);
    expect(report.displayDocTitle).toBe(true);
    expect(report.xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>|pdfuaid:part="1"/);
  });

  it('names no author while the publisher is still to be filled in (the default site has none)', () => {
    expect(report.author).toBeUndefined();
    expect(report.xmp).not.toContain('dc:creator');
  });

  it('gives every figure alt text', () => {
    expect(report.figureAlts.length).toBeGreaterThan(0);
    for (const alt of report.figureAlts) expect(alt.trim().length).toBeGreaterThan(10);
  });

  it('never skips a heading level, starting at level 1', () => {
    expect(report.headings[0]).toBe(1);
    const skips = report.headings.filter((level, i) => i > 0 && level > (report.headings[i - 1] ?? 0) + 1);
    expect(skips).toEqual([]);
  });

  it('has header cells in every table: a header cell over every column and a row header in every row, and every data cell, on every page, points at both', () => {
    expect(report.tables.length).toBeGreaterThan(0);
    // A table part on a page whose cells name no header cell would be a table without headers.
    expect(report.tablePartsWithoutHeaders).toBe(0);
    for (const table of report.tables) {
      const where = `tabel ${table.id} op blz. ${table.pages.join(', ')}`;
      expect(table.dataCells, where).toBeGreaterThan(0);
      expect(
        table.headerColumns.sort((a, b) => a - b),
        where,
      ).toEqual(Array.from({ length: table.columns }, (_, i) => i));
      expect(table.dataCellsWithoutHeader, where).toBe(0);
      // Row headers: the first cell of every body row (src/pdf/row-headers.ts), named by every other cell of its row.
      expect(table.rowHeaderCells, where).toBeGreaterThan(0);
      expect(table.dataCellsWithoutRowHeader, where).toBe(0);
    }
  });

  it('has a bookmark for every chapter of the one-page version', () => {
    const titles = [...onePage.matchAll(/<h2 id="[^"]+-title"[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => decodeEntities(htmlText(m[1] ?? '')));
    expect(titles.length).toBeGreaterThan(1);
    for (const title of titles) expect(report.bookmarks).toContain(title);
  });

  it('holds at least 99% of the words of the one-page HTML version', () => {
    const words = wordsOf(decodeEntities(htmlText(mainOf(onePage))));
    expect(words.length).toBeGreaterThan(1000);
    const { share, missing } = coverage(words, report.text);
    expect(share, `ontbreekt: ${[...new Set(missing)].join(', ')}`).toBeGreaterThanOrEqual(0.99);
  });

  it('is linked from /eindproduct/, the one-page version and the open data page, with its size and "PDF/UA" in the link text', () => {
    const name = path.basename(productPdfFile(), '.pdf');
    for (const page of [ROUTES.chapters, ROUTES.wholeProduct, ROUTES.openData]) {
      const html = readBuilt(pageFile(page));
      const link = new RegExp(`<a href="${ROUTES.productPdf(name)}"[^>]*>([^<]*)</a>`).exec(html);
      expect(link?.[1], page).toMatch(/PDF\/UA, \d+(,\d)? (kB|MB)/);
    }
  });

  it('is listed in datapackage.json as a document, with its size and hash', () => {
    if (!existsSync(path.join(DIST, ROUTES.dataPackage))) throw new Error('datapackage.json ontbreekt');
    const file = productPdfFile();
    const dataPackage = JSON.parse(readBuilt(ROUTES.dataPackage.slice(1))) as {
      resources: { path: string; mediatype?: string; bytes?: number; hash?: string }[];
    };
    const entry = dataPackage.resources.find((resource) => resource.path.endsWith(ROUTES.productPdf(path.basename(file, '.pdf'))));
    const bytes = readFileSync(file);
    expect(entry?.mediatype).toBe('application/pdf');
    expect(entry?.bytes).toBe(bytes.length);
    expect(entry?.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
  });
});
