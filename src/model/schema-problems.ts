import type { z } from 'astro/zod';
import { findFieldLine } from './front-matter.ts';
import { issuesToProblems } from '../messages/content-problems.ts';
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

/** Turns schema issues into problems with the line of each field, worded by the house's one formatter. */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], source: YamlSource): CheckProblem[] {
  const lineOf = (path: readonly (string | number)[]) => source.lineOffset + (findFieldLine(source.yamlText, [...path]) ?? 1);
  return issuesToProblems(issues, source.file, lineOf).map((problem) => error(problem));
}
