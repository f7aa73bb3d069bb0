/**
 * The PDF's rules for a chapter body, for `npm run check` and the build's content gate: the same
 * converter the PDF uses, so a heading that skips a level is reported before the build, not by it.
 */
import { ContentError, type ContentProblem } from '../messages/content-problems.ts';
import { bodyToTypst } from './body-to-typst.ts';

/** Problems the PDF would stop on in a chapter body; `bodyLine` is the file's line where the body starts. */
export function checkChapterForPdf(body: string, format: 'md' | 'mdx', file: string, bodyLine: number): ContentProblem[] {
  try {
    bodyToTypst(body, format, {
      file,
      lineOffset: bodyLine - 1,
      parentLevel: 1,
      absoluteLink: (href) => href,
      // Charts are checked as references elsewhere; here only the body's structure counts.
      visual: () => '',
      exampleLabel: '',
    });
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}
