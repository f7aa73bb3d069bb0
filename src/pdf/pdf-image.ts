/** An image ready for the document: where Typst finds it and how wide it is set. */
export interface PdfImage {
  /** Path inside the compiler's own file system ("/afbeeldingen/3fa4….png"). */
  typstPath: string;
  bytes: Buffer;
  /** Width on the page in points, or undefined for the full text width. */
  widthPt: number | undefined;
}
