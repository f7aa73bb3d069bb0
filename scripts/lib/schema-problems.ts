import type { z } from 'astro/zod';
import { findFieldLine } from './front-matter.ts';
import { error, type CheckProblem } from './problems.ts';

/** Where the YAML of a file sits, so a field path can be turned into a file line. */
export interface YamlSource {
  file: string;
  yamlText: string;
  /** File line just before the first YAML line (1 for front matter after `---`, 0 for a YAML file). */
  lineOffset: number;
}

/** A safeParse with the bad input attached to every issue. */
export function validate<S extends z.ZodType>(schema: S, data: unknown): { data?: z.output<S>; issues: readonly z.core.$ZodIssue[] } {
  const parsed = schema.safeParse(data, { reportInput: true });
  return parsed.success ? { data: parsed.data, issues: [] } : { issues: parsed.error.issues };
}

/** Turns schema issues into problems with a line, a plain message and a fix. */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], source: YamlSource): CheckProblem[] {
  return issues.flatMap(splitUnknownKeys).map((issue) => {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    const line = findFieldLine(source.yamlText, path);
    const field = path.length > 0 ? path.join('.') : '(hele bestand)';
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return error({
      file: source.file,
      line: line === undefined ? source.lineOffset + 1 : source.lineOffset + line,
      field,
      message: missing ? 'dit verplichte veld ontbreekt' : issue.code === 'unrecognized_keys' ? 'dit veld bestaat niet' : issue.message + shownInput(issue.input, issue.message),
      fix: missing ? `voeg "${String(path.at(-1) ?? field)}:" toe met een waarde (docs/redactie.md beschrijft elk veld)` : fixFor(issue),
    });
  });
}

/** One issue per unknown key, so each points at its own line. */
function splitUnknownKeys(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'unrecognized_keys') return [issue];
  return issue.keys.map((key) => ({ ...issue, keys: [key], path: [...issue.path, key] }));
}

function fixFor(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'controleer de spelling of verwijder het veld (docs/redactie.md noemt alle velden)';
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

/** Repeats a short bad value so the editor can find it. */
export function shownInput(input: unknown, message: string): string {
  if (typeof input !== 'string' && typeof input !== 'number') return '';
  const text = String(input);
  return text.length === 0 || text.length > 60 || message.includes(text) ? '' : ` (gevonden: "${text}")`;
}
