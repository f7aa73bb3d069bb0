import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckProblem } from '../messages/content-problems.ts';
import { checkCsvNumbers } from './csv-numbers.ts';
import { checkFrontMatterSchemes } from './front-matter-links.ts';
import { checkCsvComments, checkFieldComments, checkHtmlComments } from './html-comments.ts';
import { checkImageFiles } from './image-files.ts';
import { checkReservedNames } from './reserved-names.ts';
import { checkCsvText, checkEntryText } from './text-hygiene.ts';
import type { RuleEntry } from './types.ts';
import { checkUnreadFiles } from './unread-files.ts';
import { checkDateTimes, checkYamlHashes } from './yaml-values.ts';

export { frontMatterLinks } from './front-matter-links.ts';
export { dialoguePeriod, followUpPeriod, followUpSteps } from './step-dates.ts';
export type { RuleEntry } from './types.ts';

/** Every file below the content folder, absolute, hidden files left out. */
function contentFiles(contentDir: string): string[] {
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile() && !item.name.startsWith('.'))
    .map((item) => path.join(item.parentPath, item.name))
    .sort();
}

/**
 * The rules for what editors upload (photos from phones, spreadsheets from Dutch Excel, text
 * from Word and mail), run by `npm run check` and so by every build: image files by their bytes,
 * invisible characters, HTML comments, YAML that silently loses text, dates with a time, Dutch
 * numbers in CSV files, unsafe addresses in front matter, ids on the site's own addresses, and
 * files the site would silently not read.
 */
export function checkUploads(
  contentDir: string,
  entries: readonly RuleEntry[],
  siteRoutes: ReadonlySet<string>,
  shown: (file: string) => string,
): CheckProblem[] {
  const files = contentFiles(contentDir);
  const fileProblems = checkImageFiles(files, shown);
  // A file that is not text at all gets that one message, not one per line.
  const notText = new Set(fileProblems.filter((problem) => problem.rule === 'file-format').map((problem) => problem.file));
  const csvFiles = files.filter((file) => /\.csv$/i.test(file) && !notText.has(shown(file)));
  return [
    ...fileProblems,
    ...csvFiles.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...checkCsvText(text, shown(file)), ...checkCsvComments(text, shown(file)), ...checkCsvNumbers(text, shown(file))];
    }),
    ...entries.flatMap((entry) => [
      ...checkEntryText(entry),
      ...checkHtmlComments(entry),
      ...checkFieldComments(entry),
      ...checkYamlHashes(entry),
      ...checkDateTimes(entry),
      ...checkFrontMatterSchemes(entry),
    ]),
    ...checkReservedNames(entries, siteRoutes),
    ...checkUnreadFiles(contentDir, entries, shown),
  ];
}
