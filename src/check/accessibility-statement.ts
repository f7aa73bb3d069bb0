import { checkStatement, STATEMENT_PAGE } from '../accessibility/statement-check.ts';
import type { AccessibilityStatement } from '../schemas/accessibility-statement.ts';
import { findFieldLine } from '../model/front-matter.ts';
import type { LoadedEntry } from '../model/load-content.ts';
import { warning, type CheckProblem } from '../model/problems.ts';

/**
 * Warnings about the accessibility statement (src/accessibility/statement-check.ts), judged against
 * the build date: a missing status, an evaluation older than a year. A page that failed its schema
 * already has its errors.
 */
export function checkAccessibilityStatement(entries: readonly LoadedEntry[], buildDate: Date): CheckProblem[] {
  const page = entries.find((entry) => entry.collection === 'pages' && entry.id === STATEMENT_PAGE);
  if (!page?.data) return [];
  return checkStatement(page.data['statement'] as AccessibilityStatement | undefined, buildDate).map(({ field, message, fix }) => {
    const line = findFieldLine(page.yamlText, field.split('.'));
    return warning({
      file: page.file,
      line: line === undefined ? undefined : line + page.lineOffset,
      field,
      message,
      fix,
      advice: 'toegankelijkheid',
    });
  });
}
