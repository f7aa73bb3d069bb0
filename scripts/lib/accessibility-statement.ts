import { checkStatement, STATEMENT_PAGE } from '../../src/accessibility/statement-check.ts';
import { siteBuildDate } from '../../src/integrations/build-date.ts';
import type { AccessibilityStatement } from '../../src/schemas/accessibility-statement.ts';
import { findFieldLine } from './front-matter.ts';
import type { LoadedEntry } from './load-content.ts';
import { warning, type CheckProblem } from './problems.ts';

/**
 * Warnings about the accessibility statement (src/accessibility/statement-check.ts), judged against
 * the build date: a missing status, an evaluation older than a year. A page that failed its schema
 * already has its errors.
 */
export function checkAccessibilityStatement(entries: readonly LoadedEntry[]): CheckProblem[] {
  const page = entries.find((entry) => entry.collection === 'pages' && entry.id === STATEMENT_PAGE);
  const site = entries.find((entry) => entry.collection === 'site');
  if (!page?.data || !site?.data) return [];
  const buildDate = siteBuildDate(site.data as { closedOn?: Date }).date;
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
