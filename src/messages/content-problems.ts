import type { z } from 'astro/zod';

/**
 * The house's error vocabulary: every problem an editor can cause, in the words the build,
 * `npm run check` and `npm run import` all use. A schema issue, a bad CSV row or a duplicate
 * id is worded here once, so the same typo reads the same from each of them.
 */

/** One problem in one place of one content file, in words an editor can act on. */
export interface ContentProblem {
  file: string;
  /** 1-based line in the file (CSV row or front-matter line) when known. */
  line?: number | undefined;
  /** Dotted path of the field, e.g. "hero.alt"; "(rij)" for a CSV row, "(bestand)" or "(hele bestand)" for the file. */
  field: string;
  /** What is wrong. */
  message: string;
  /** How to fix it, when the message does not say so already. */
  fix?: string | undefined;
  /**
   * Which rule was broken, for code that must tell problems apart (never by their words): the zod
   * issue code of a schema problem ("too_big", "unrecognized_keys" …), "missing" for a missing field.
   */
  rule?: string | undefined;
}

/** How bad a finding is: an error fails `npm run check` (and the build), a warning does not. */
export type Severity = 'error' | 'warning';

/** One finding of `npm run check` (and of the build's content gate). */
export interface CheckProblem extends ContentProblem {
  severity: Severity;
  /**
   * Advice rather than a fault of this build: plain language, fields the publisher of a site
   * fills in, or the publisher's accessibility statement. `npm run check` lists it; the build counts it in one line.
   */
  advice?: 'leesbaarheid' | 'uitgever' | 'toegankelijkheid' | undefined;
}

/** A problem with severity error. */
export const error = (problem: Omit<CheckProblem, 'severity'>): CheckProblem => ({ severity: 'error', ...problem });

/** A problem with severity warning. */
export const warning = (problem: Omit<CheckProblem, 'severity'>): CheckProblem => ({ severity: 'warning', ...problem });

/** The line of a field in its file, by its path in the data; undefined when not known. */
export type LineOf = (path: readonly (string | number)[]) => number | undefined;

/**
 * Turns zod issues into problems that name the field, with a plain message and a fix: the one
 * formatter of build, check and import. `line` is either the line of every issue (a CSV row, where
 * all cells share a line) or a function that finds the line of each field (a YAML file); with the
 * latter each unknown key is reported on its own line as "dit veld bestaat niet" and a missing
 * field as "dit verplichte veld ontbreekt", because the editor can be pointed at the place itself.
 */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], file: string, line?: number | LineOf): ContentProblem[] {
  const perField = typeof line === 'function';
  return (perField ? issues.flatMap(splitUnknownKeys) : issues).map((issue) => {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    const field = path.length > 0 ? path.join('.') : '(hele bestand)';
    const missing = perField && issue.code === 'invalid_type' && issue.input === undefined && path.length > 0;
    const unknown = perField && issue.code === 'unrecognized_keys';
    return {
      file,
      line: typeof line === 'function' ? line(path) : line,
      field,
      message: missing
        ? 'dit verplichte veld ontbreekt'
        : unknown
          ? 'dit veld bestaat niet'
          : issue.message + shownInput(issue.input, issue.message),
      rule: missing ? 'missing' : issue.code,
      fix: missing
        ? `voeg "${String(path.at(-1))}:" toe met een waarde (docs/redactie.md beschrijft elk veld)`
        : unknown
          ? 'controleer de spelling of verwijder het veld (docs/redactie.md noemt alle velden)'
          : fixFor(issue),
    };
  });
}

/** One issue per unknown key, so each points at its own field (and line). */
function splitUnknownKeys(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'unrecognized_keys') return [issue];
  return issue.keys.map((key) => ({ ...issue, keys: [key], path: [...issue.path, key] }));
}

/** The fix for an issue whose message (the schema's) says what is wrong; unknown keys as a whole are worded with their fix by the schemas' error map. */
function fixFor(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case 'too_big':
      return 'maak de tekst korter';
    case 'too_small':
      return 'vul de tekst aan';
    case 'invalid_value':
      return 'kies een van de genoemde waarden (kleine letters)';
    case 'invalid_type':
      return 'controleer de schrijfwijze van de waarde';
    default:
      return undefined;
  }
}

/** Repeats a short bad value so the editor can find it: ' (gevonden: "burger")', unless the message already quotes it. */
export function shownInput(input: unknown, message: string): string {
  // A number the schema made of text that was none (NaN) says nothing about what was written.
  if ((typeof input !== 'string' && typeof input !== 'number') || Number.isNaN(input)) return '';
  const text = String(input);
  return text.length === 0 || text.length > 60 || message.includes(text) ? '' : ` (gevonden: "${text}")`;
}

/** A CSV row whose number of cells differs from the header's. */
export function cellCountProblem(file: string, line: number, cells: number, columns: readonly string[]): ContentProblem {
  return {
    file,
    line,
    field: '(rij)',
    message: `de rij heeft ${cells} cellen, de kopregel ${columns.length} kolommen (${columns.join(', ')})`,
    fix: 'controleer de scheidingstekens en aanhalingstekens in deze rij',
  };
}

/** A CSV file with a header and nothing under it (an empty file is taken for a mistake). */
export const emptyCsvProblem = (file: string): ContentProblem => ({
  file,
  field: '(hele bestand)',
  message: 'het bestand bevat geen rijen onder de kopregel',
});

/** A CSV file that is not UTF-8. */
export const notUtf8Problem = (file: string): ContentProblem => ({
  file,
  field: '(hele bestand)',
  message: 'het bestand is geen geldige UTF-8-tekst: sla het op als "CSV UTF-8" en probeer opnieuw',
});

/** A visual spec whose `data.file` names a file that is not there. */
export const missingDataFileProblem = (specFile: string, dataFile: string): ContentProblem => ({
  file: specFile,
  field: 'data.file',
  message: `het bestand ${dataFile} bestaat niet`,
  fix: 'zet het CSV-bestand naast de spec of verbeter de naam',
});

/** A row whose id an earlier row already has. */
export const duplicateIdProblem = (file: string, line: number, id: string, firstLine: number): ContentProblem => ({
  file,
  line,
  field: 'id',
  message: `"${id}" staat ook al op regel ${firstLine}`,
  fix: 'geef elke rij een eigen id',
});

/** One readable line per problem: "content/tables.csv, regel 4, veld track: … → oplossing: …". */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}, regel ${problem.line}`;
  return `${where}, veld ${problem.field}: ${problem.message}${problem.fix ? ` → oplossing: ${problem.fix}` : ''}`;
}

/** A problem of a row an import refuses, after the row's number: `veld kind: … → oplossing: …`. */
export function formatRowProblem(problem: ContentProblem): string {
  return `veld ${problem.field}: ${problem.message}${problem.fix ? ` → oplossing: ${problem.fix}` : ''}`;
}

/** One line as `npm run check` and the build's content gate print it: `FOUT content/stories/x.mdx:7 veld hero.alt: … → oplossing: …`. */
export function formatCheckProblem(problem: CheckProblem): string {
  const label = problem.severity === 'error' ? 'FOUT' : 'LET OP';
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const fix = problem.fix ? ` → oplossing: ${problem.fix}` : '';
  return `${label} ${where} veld ${problem.field}: ${problem.message}${fix}`;
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
