/**
 * Row headers in the PDF's tables. Typst 0.14 tags the header row of a table as TH (scope
 * column), but tags a row header only through `pdf.header-cell(scope: "row")`, which sits behind
 * its `a11y-extras` feature flag that the Node compiler cannot switch on. So after Typst, in the
 * tag tree only: the first cell of every body row becomes a TH with scope Row and an ID (the one
 * Typst itself would give it, "<table>x0y<row>"), every other cell of the row names it in its
 * /Headers beside its column header, and the ID tree lists it. Content, pages and everything
 * else stay as Typst wrote them; the file is written again by pdf-lib (its objects in compressed
 * object streams), the same bytes for the same input.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

const name = (value: string) => PDFName.of(value);

/** Adds row headers to every table of a Typst PDF; returns the new file and how many it tagged. */
export async function tagRowHeaders(pdf: Uint8Array): Promise<{ bytes: Buffer; rowHeaders: number }> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const { context } = document;
  const resolve = (object: PDFObject | undefined) => (object instanceof PDFRef ? context.lookup(object) : object);
  const roleOf = (element: PDFDict) => {
    const role = element.get(name('S'));
    return role instanceof PDFName ? role.asString() : undefined;
  };
  /** The structure elements below one, with the reference each is stored under. */
  const children = (element: PDFDict) => {
    const kids = element.get(name('K'));
    const list = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
    return list
      .map((ref) => ({ ref, element: resolve(ref) }))
      .filter(
        (child): child is { ref: PDFObject; element: PDFDict } => child.element instanceof PDFDict && roleOf(child.element) !== undefined,
      );
  };
  /** The attribute dictionary of a cell that the Table owner holds (/Scope, /Headers). */
  const tableAttributes = (cell: PDFDict) => {
    const attributes = resolve(cell.get(name('A')));
    const list = attributes instanceof PDFArray ? attributes.asArray().map(resolve) : [attributes];
    return list.find((entry): entry is PDFDict => entry instanceof PDFDict && entry.get(name('O')) === name('Table'));
  };

  const root = document.catalog.lookup(name('StructTreeRoot'), PDFDict);
  const added: [string, PDFObject][] = [];
  const visit = (element: PDFDict) => {
    if (roleOf(element) === '/Table') {
      // Rows in order: the header row (THead) is y0, body rows follow (Typst's own numbering).
      const rows = children(element).flatMap((part) =>
        roleOf(part.element) === '/TR' ? [part] : children(part.element).filter((row) => roleOf(row.element) === '/TR'),
      );
      rows.forEach((row, y) => {
        const [first, ...rest] = children(row.element);
        if (!first || roleOf(first.element) !== '/TD') return;
        const attributes = tableAttributes(first.element);
        const columnHeader = attributes?.lookup(name('Headers'), PDFArray).get(0);
        if (!attributes || !(columnHeader instanceof PDFString)) return;
        const id = columnHeader.decodeText().replace(/x\d+y\d+$/, `x0y${y}`);
        first.element.set(name('S'), name('TH'));
        first.element.set(name('ID'), PDFString.of(id));
        attributes.set(name('Scope'), name('Row'));
        for (const cell of rest) tableAttributes(cell.element)?.lookup(name('Headers'), PDFArray).push(PDFString.of(id));
        added.push([id, first.ref]);
      });
    }
    for (const child of children(element)) visit(child.element);
  };
  visit(root);
  // No table, nothing to add: the file stays as Typst wrote it.
  if (added.length === 0) return { bytes: Buffer.from(pdf), rowHeaders: 0 };

  // The ID tree (a flat, sorted /Names array, as Typst writes it) gets the new IDs.
  const idTree = root.lookup(name('IDTree'), PDFDict);
  const names = idTree.lookup(name('Names'), PDFArray);
  const entries: [string, PDFObject][] = [];
  for (let i = 0; i + 1 < names.size(); i += 2) entries.push([(names.get(i) as PDFString).decodeText(), names.get(i + 1)]);
  entries.push(...added);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  idTree.set(name('Names'), context.obj(entries.flatMap(([id, ref]) => [PDFString.of(id), ref])));

  const bytes = await document.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
  return { bytes: Buffer.from(bytes), rowHeaders: added.length };
}
