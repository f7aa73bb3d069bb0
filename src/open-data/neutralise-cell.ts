/**
 * A text cell of a CSV file as a spreadsheet may safely open it (OWASP, "CSV Injection"):
 * Excel, LibreOffice and Google Sheets read a cell that starts with =, +, - or @ (or a tab or
 * carriage return before one) as a formula and run it. Such a cell gets a leading apostrophe,
 * which spreadsheets show as text and do not run. The full-width forms (＝＋－＠) count too:
 * spreadsheets in East Asian locales read them as their ASCII twins. Numbers are not text and are
 * never passed here (-5 stays -5); the JSON files keep the text as written.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A formula start after a semicolon or line break inside the text. Dutch Excel opens a .csv with ";"
 * between cells, and a line break in a cell that is not the first of its row ends the row there:
 * either way the text after it becomes a cell of its own, which the start of the text did not guard.
 */
const FORMULA_AFTER_BREAK = /([;\r\n])(\s*)(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g;

/** The cell's text, with an apostrophe in front of every part a spreadsheet would read as a formula. */
export function neutraliseCell(text: string): string {
  const inside = text.replace(FORMULA_AFTER_BREAK, "$1'$2");
  // Leading spaces do not stop every spreadsheet from reading a formula: look past them.
  return FORMULA_START.test(inside.trimStart()) || FORMULA_START.test(inside) ? `'${inside}` : inside;
}
