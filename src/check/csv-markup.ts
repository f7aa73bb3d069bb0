import { warning, type CheckProblem } from '../model/problems.ts';

/** Something that looks like an HTML tag or a character reference, e.g. "<b>", "</a>", "&amp;". */
const MARKUP = /<\/?[a-zA-Z][^<>]*>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/;

/**
 * Warnings for CSV cells that hold markup. Pages show cell text as plain text, so markup is
 * harmless but shows up literally ("<b>Thuiswerken</b>"); the editor should know.
 */
export function findCsvMarkup(file: string, rows: readonly { line: number; data: Record<string, unknown> }[]): CheckProblem[] {
  const problems: CheckProblem[] = [];
  for (const { line, data } of rows) {
    for (const [field, value] of Object.entries(data)) {
      const match = typeof value === 'string' ? MARKUP.exec(value) : null;
      if (match)
        problems.push(
          warning({
            file,
            line,
            field,
            message: `bevat HTML-code (${match[0].slice(0, 40)}); die staat als gewone tekst op de site`,
            fix: 'haal de code weg als dat niet de bedoeling is',
          }),
        );
    }
  }
  return problems;
}
