import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTypstPdf } from '../../src/pdf/compile-pdf.ts';
import { tagRowHeaders } from '../../src/pdf/row-headers.ts';
import { inspectPdf } from '../support/pdf-inspect.ts';

const PREAMBLE = '#set document(title: "Proef")\n#set text(lang: "nl", font: "Source Sans 3", fallback: false)\n= Tabellen\n\n';
const rows = (count: number) => Array.from({ length: count }, (_, i) => `[rij ${i}], [${i}], [${i * 2}]`).join(', ');

async function inspect(pdf: Buffer) {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'oogst-row-headers-')), 'proef.pdf');
  writeFileSync(file, pdf);
  return inspectPdf(file);
}

describe('row headers added to the tag tree of a Typst PDF', () => {
  const typst = compileTypstPdf(`${PREAMBLE}#table(columns: 3, table.header([Naam], [Aantal], [Dubbel]), ${rows(80)})`, 0);

  it('makes the first cell of every body row a row header that the other cells of its row name, also after a page break', async () => {
    const before = await inspect(typst);
    expect(before.tables[0]).toMatchObject({ rowHeaderCells: 0, dataCellsWithoutRowHeader: 240 });
    const { bytes, rowHeaders } = await tagRowHeaders(typst);
    expect(rowHeaders).toBe(80);
    const after = await inspect(bytes);
    expect(after.tables).toHaveLength(1);
    expect(after.tables[0]?.pages.length).toBeGreaterThan(1);
    expect(after.tables[0]).toMatchObject({
      headerCells: 83,
      rowHeaderCells: 80,
      dataCells: 160,
      dataCellsWithoutHeader: 0,
      dataCellsWithoutRowHeader: 0,
    });
    // Nothing else changes: text, metadata, tags.
    expect(after.text).toBe(before.text);
    expect({ ...after, tables: [] }).toEqual({ ...before, tables: [] });
  });

  it('gives the same bytes for the same input, and leaves a document without tables as it is', async () => {
    expect((await tagRowHeaders(typst)).bytes.equals((await tagRowHeaders(typst)).bytes)).toBe(true);
    const plain = compileTypstPdf(`${PREAMBLE}Geen tabel.`, 0);
    expect((await tagRowHeaders(plain)).bytes.equals(plain)).toBe(true);
  });
});
