/**
 * Column widths for a table in the PDF. Typst's automatic columns share the width fairly, which
 * suits a table of a few columns; a wide table (a cross table with a column per theme) then gets
 * columns narrower than their longest word, and a word runs into the next cell. Such a table is
 * set smaller, each column as wide as its longest word asks, the first (the row's name) somewhat
 * wider when its texts are long. Words are never broken: the PDF's text stays the site's text.
 */

/** From this many columns a table is set in the smaller size with widths by its words. */
export const WIDE_TABLE_COLUMNS = 5;

/** The longest word of a text, in characters. */
const longestWord = (text: string) => Math.max(1, ...text.split(/\s+/).map((word) => [...word].length));

/**
 * The `columns:` argument and a text size for a table of `rows` (the header row first), as Typst
 * markup: `columns: 3` (automatic), or `columns: (12fr, 13fr, …)` with a size of 9pt.
 */
export function tableLayout(rows: readonly (readonly string[])[]): { columns: string; textSize: string | undefined } {
  const count = Math.max(0, ...rows.map((row) => row.length));
  if (count < WIDE_TABLE_COLUMNS) return { columns: `columns: ${count}`, textSize: undefined };
  const weights = Array.from({ length: count }, (_, column) => {
    const texts = rows.map((row) => row[column] ?? '');
    const word = Math.max(...texts.map(longestWord));
    if (column > 0) return word;
    // The row's name reads better on fewer lines: up to 20 characters wide when it is long.
    const mean = texts.reduce((sum, text) => sum + text.length, 0) / Math.max(1, texts.length);
    return Math.max(word, Math.min(Math.round(mean / 2), 20));
  });
  return { columns: `columns: (${weights.map((weight) => `${weight}fr`).join(', ')})`, textSize: '9pt' };
}
