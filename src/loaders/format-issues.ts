import type { z } from 'astro/zod';

/** One problem in one place of one content file, in words an editor can act on. */
export interface ContentProblem {
  file: string;
  /** 1-based line in the file (CSV row or front-matter line) when known. */
  line?: number | undefined;
  /** Dotted path of the field, e.g. "hero.alt". */
  field: string;
  message: string;
}

/** Turns zod issues into problems that name the field. */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], file: string, line?: number): ContentProblem[] {
  return issues.map((issue) => ({
    file,
    line,
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(hele bestand)',
    message: (issue.code === 'unrecognized_keys' ? describeUnknownKeys(issue.keys) : issue.message) + describeInput(issue.input),
  }));
}

/** Repeats a short bad value so the editor can find it: ' (gevonden: "burger")'. */
function describeInput(input: unknown): string {
  if (typeof input !== 'string' && typeof input !== 'number') return '';
  const text = String(input);
  if (text.length === 0 || text.length > 60) return '';
  return ` (gevonden: "${text}")`;
}

function describeUnknownKeys(keys: readonly string[]): string {
  return `onbekend veld ${keys.map((key) => `"${key}"`).join(', ')}: controleer de spelling of verwijder het (zie docs/redactie.md voor de velden)`;
}

/** One readable line per problem: "content/tables.csv, regel 4, veld track: …". */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}, regel ${problem.line}`;
  return `${where}, veld ${problem.field}: ${problem.message}`;
}

/** An error that carries every problem found, so an editor can fix them in one go. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[], heading = 'De inhoud bevat fouten') {
    super(`${heading} (${problems.length}):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
