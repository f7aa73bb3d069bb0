import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTypstPdf } from '../../src/pdf/compile-pdf.ts';
import { inspectPdf } from '../support/pdf-inspect.ts';

const PREAMBLE = '#set document(title: "Proef")\n#set text(lang: "nl", font: "Source Sans 3", fallback: false)\n= Tabellen\n\n';

async function inspect(markup: string) {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'oogst-pdf-inspect-')), 'proef.pdf');
  writeFileSync(file, compileTypstPdf(PREAMBLE + markup, 0));
  return inspectPdf(file);
}

const rows = (count: number) => Array.from({ length: count }, (_, i) => `[rij ${i}], [${i}]`).join(', ');

// The PDF check (tests/pdf/product-pdf.test.ts) is only as good as this reading of the tag tree.
describe('reading the tables of a PDF', () => {
  it('joins a table that runs over a page break into one, its data cells on the next page still pointing at its header', async () => {
    const report = await inspect(`#table(columns: 2, table.header([Naam], [Aantal]), ${rows(90)})`);
    expect(report.tablePartsWithoutHeaders).toBe(0);
    expect(report.tables).toHaveLength(1);
    const [table] = report.tables;
    expect(table?.pages.length).toBeGreaterThan(1);
    // The header row repeated on the next pages is an artifact, not more header cells.
    expect(table).toMatchObject({ headerCells: 2, headerColumns: [0, 1], columns: 2, dataCells: 180, dataCellsWithoutHeader: 0 });
  });

  it('finds a table without a header row', async () => {
    const report = await inspect(`#table(columns: 2, ${rows(3)})\n\n#table(columns: 2, table.header([Naam], [Aantal]), ${rows(2)})`);
    expect(report.tablePartsWithoutHeaders).toBe(1);
    expect(report.tables).toHaveLength(1);
  });
});
