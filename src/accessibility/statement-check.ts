import type { AccessibilityStatement } from '../schemas/accessibility-statement.ts';

/** The id of the page that holds the statement (content/pages/toegankelijkheid.mdx). */
export const STATEMENT_PAGE = 'toegankelijkheid';

/** How old the newest evaluation may be before the check warns. */
const MAX_AGE_DAYS = 365;

/** A warning about the statement, with the field it concerns and the fix, in Dutch. */
export interface StatementWarning {
  field: string;
  message: string;
  fix: string;
}

/** The newest evaluation's date, if any. */
export function newestEvaluation(statement: AccessibilityStatement): Date | undefined {
  const dates = statement.evaluations.map((evaluation) => evaluation.date.getTime());
  return dates.length > 0 ? new Date(Math.max(...dates)) : undefined;
}

/**
 * What the publisher must still do about the statement, judged against the build date (never the
 * clock): a statement with a status, and an evaluation no older than a year.
 */
export function checkStatement(statement: AccessibilityStatement | undefined, buildDate: Date): StatementWarning[] {
  if (!statement)
    return [
      {
        field: 'statement',
        message: 'de pagina heeft geen toegankelijkheidsverklaring volgens het model van de overheid',
        fix: 'voeg in de kop van de pagina een blok statement toe met status, statementDate en de onderzoeken (zie docs/redactie.md)',
      },
    ];
  const warnings: StatementWarning[] = [];
  if (!statement.status || statement.status === 'E')
    warnings.push({
      field: 'statement.status',
      message: statement.status ? 'status E betekent: geen verklaring' : 'de nalevingsstatus ontbreekt',
      fix: 'vul de verklaring in met de invulassistent van digitoegankelijk.nl en zet de status die daaruit komt (A, B, C of D) in statement.status',
    });
  const newest = newestEvaluation(statement);
  if (!newest)
    warnings.push({
      field: 'statement.evaluations',
      message: 'er staat geen onderzoek in de verklaring',
      fix: 'noem het nieuwste onderzoek (date, method, by) in statement.evaluations',
    });
  else {
    const days = Math.floor((buildDate.getTime() - newest.getTime()) / 86_400_000);
    if (days > MAX_AGE_DAYS)
      warnings.push({
        field: 'statement.evaluations',
        message: `het nieuwste onderzoek is van ${newest.toISOString().slice(0, 10)}, ${days} dagen voor de datum van deze build; dat is meer dan een jaar`,
        fix: 'laat de site opnieuw onderzoeken en zet het nieuwe onderzoek in statement.evaluations (en werk statementDate bij)',
      });
  }
  return warnings;
}
