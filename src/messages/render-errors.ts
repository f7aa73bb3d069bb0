import { formatCheckProblem, type CheckProblem } from './content-problems.ts';

/**
 * Errors while Astro renders a page (a page component, a layout, an MDX body, a chart) in the
 * words of the check: the content file and line that caused it, what went wrong and the fix, in
 * Dutch and without a stack trace. src/middleware.ts turns every error of a page into one of these.
 */

/** The place in the content a render error comes from, as a check problem names it. */
export type RenderPlace = Pick<CheckProblem, 'file' | 'line' | 'field'>;

/** An error that already names its content file (a chart that cannot be drawn names its spec). */
export class RenderFault extends Error {
  readonly problem: CheckProblem;
  constructor(problem: Omit<CheckProblem, 'severity'>) {
    const located: CheckProblem = { severity: 'error', ...problem };
    super(formatCheckProblem(located));
    this.name = 'RenderFault';
    this.problem = located;
    // Written for editors: Astro prints the message alone (src/integrations/dutch-errors.ts lets it through).
    this.stack = '';
  }
}

/** Whether an error was thrown as a located render error, also across module copies (the page bundle has its own). */
export function isRenderFault(caught: unknown): caught is RenderFault {
  return caught instanceof Error && caught.name === 'RenderFault' && 'problem' in caught;
}

/** The problems a ContentError carries (thrown by the data layer while a page renders), located already. */
function contentProblems(caught: unknown): CheckProblem[] {
  if (!(caught instanceof Error) || caught.name !== 'ContentError' || !('problems' in caught) || !Array.isArray(caught.problems)) return [];
  return (caught.problems as Omit<CheckProblem, 'severity'>[]).map((problem) => ({ severity: 'error', ...problem }));
}

/** The first line of a message written for editors (thrown without a stack: the image service, the gate), or undefined. */
function editorReason(caught: unknown): string | undefined {
  if (!(caught instanceof Error) || caught.stack !== '') return undefined;
  return caught.message.trim().split('\n')[0];
}

/**
 * The error a page's render failure reaches the editor as. `place` is the entry the page is made
 * from (undefined for a page made from many, such as a list); `details` where the technical
 * details for the site's maintainer are kept. An error that already names its place passes as it is.
 */
export function pageRenderError(sitePath: string, caught: unknown, place: RenderPlace | undefined, details: string): Error {
  if (isRenderFault(caught)) return caught;
  const located = contentProblems(caught);
  if (located.length > 0) {
    const error = new Error(`De build is gestopt bij het maken van de pagina ${sitePath}:\n${located.map(formatCheckProblem).join('\n')}`);
    error.stack = '';
    return error;
  }
  const reason = editorReason(caught);
  const what = `de pagina ${sitePath} kon niet worden gemaakt${reason ? `: ${reason}` : ''}`;
  const problem: CheckProblem = place
    ? {
        severity: 'error',
        ...place,
        message: what,
        fix: `controleer de tekst en de velden van dit bestand (een onderdeel in de tekst, een grafiek, een afbeelding) en draai npm run check; blijft de fout, geef deze melding aan de beheerder van de site (technische details: ${details})`,
      }
    : {
        severity: 'error',
        file: sitePath,
        field: '(pagina)',
        message: `${what}; deze pagina is uit veel bestanden gemaakt`,
        fix: `draai npm run check; blijft de fout, geef deze melding aan de beheerder van de site (technische details: ${details})`,
      };
  const error = new Error(`De build is gestopt bij het maken van een pagina:\n${formatCheckProblem(problem)}`);
  error.stack = '';
  return error;
}

/** The technical record of a render failure for the site's maintainer, one block per failure. */
export function technicalRecord(sitePath: string, caught: unknown): string {
  const text = caught instanceof Error ? caught.stack || `${caught.name}: ${caught.message}` : String(caught);
  return `--- ${sitePath}\n${text}\n`;
}
