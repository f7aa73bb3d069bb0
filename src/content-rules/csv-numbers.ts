import { dsvFormat } from 'd3';
import { error, type CheckProblem } from '../messages/content-problems.ts';
import { UPLOAD_TEXT } from '../messages/upload-problems.ts';

/** A number with dots between groups of three digits: 1.250 is 1250 in Dutch and 1.25 to a computer. */
const DOTTED_THOUSANDS = /^-?[1-9]\d{0,2}(\.\d{3})+$/;
/** A number with a decimal comma: 1,5. */
const DECIMAL_COMMA = /^-?\d+,\d+$/;

/**
 * Numbers in a CSV from Dutch Excel that a computer would misread: "1.250" (thousands) silently
 * becomes 1.25 and "1,5" is no number at all. Both are refused with the number to write instead,
 * rather than guessed at: "1.250" may just as well be an English 1.25 with three decimals.
 */
export function checkCsvNumbers(text: string, file: string): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const clean = text.replace(/^\uFEFF/, '');
  // The separator as the CSV reader finds it (src/loaders/parse-csv.ts): Dutch Excel writes semicolons.
  const header = clean.split(/\r?\n/, 1)[0] ?? '';
  const separator = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  dsvFormat(separator)
    .parseRows(clean)
    .forEach((cells, index) => {
      for (const raw of cells) {
        const cell = raw.trim();
        const words = DOTTED_THOUSANDS.test(cell)
          ? UPLOAD_TEXT.dutchThousands(cell)
          : DECIMAL_COMMA.test(cell)
            ? UPLOAD_TEXT.dutchDecimal(cell)
            : undefined;
        if (words) problems.push(error({ file, line: index + 1, field: '(rij)', ...words, rule: 'dutch-number' }));
      }
    });
  return problems;
}
