import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../../src/loaders/format-issues.ts';
import { readCsvRecords } from '../../src/loaders/parse-csv.ts';
import { findFieldLine } from './front-matter.ts';
import type { LoadedEntry } from './load-content.ts';
import { error, type CheckProblem } from './problems.ts';

/**
 * Checks a visual's own CSV: that it can be read, has rows, and has every column the
 * encoding names. The chart code checks the numbers themselves when the site is built.
 */
export function checkVisualData(entry: LoadedEntry): CheckProblem[] {
  const data = entry.raw?.['data'] as { file?: unknown } | undefined;
  if (typeof data?.file !== 'string') return [];
  const csvPath = path.join(path.dirname(entry.absoluteFile), data.file);
  if (!existsSync(csvPath)) return [];
  const at = (field: string) => (findFieldLine(entry.yamlText, field.split('.')) ?? 1) + entry.lineOffset;
  let records;
  try {
    records = readCsvRecords(readFileSync(csvPath, 'utf8'), data.file);
  } catch (caught) {
    if (!(caught instanceof ContentError)) throw caught;
    return caught.problems.map((problem) => error({ file: entry.file, line: at('data.file'), field: 'data.file', message: `${data.file}: ${problem.message}` }));
  }
  if (records.rows.length === 0) {
    return [error({ file: entry.file, line: at('data.file'), field: 'data.file', message: `${data.file} heeft geen rijen onder de kopregel`, fix: 'zet de cijfers onder de kopregel' })];
  }
  const encoding = entry.raw?.['encoding'];
  if (!encoding || typeof encoding !== 'object') return [];
  return Object.entries(encoding as Record<string, unknown>)
    .filter((pair): pair is [string, string] => typeof pair[1] === 'string' && !records.columns.includes(pair[1]))
    .map(([key, column]) =>
      error({
        file: entry.file,
        line: at(`encoding.${key}`),
        field: `encoding.${key}`,
        message: `de kolom "${column}" staat niet in ${data.file}`,
        fix: `kies een van de kolommen: ${records.columns.join(', ')}`,
      }),
    );
}
