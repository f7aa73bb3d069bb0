import type { CheckProblem } from '../messages/content-problems.ts';

export { error, formatCheckProblem, warning, type CheckProblem, type Severity } from '../messages/content-problems.ts';

/** Sorted by file and line, errors before warnings on the same line, identical problems (every field the same) once. */
export function sortProblems(problems: readonly CheckProblem[]): CheckProblem[] {
  const seen = new Set<string>();
  return [...problems]
    .sort(
      (a, b) =>
        a.file.localeCompare(b.file) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
        a.field.localeCompare(b.field),
    )
    .filter((problem) => {
      const key = JSON.stringify([problem.severity, problem.file, problem.line, problem.field, problem.message, problem.fix]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** "2 fouten, 1 waarschuwing". */
export function summarise(problems: readonly CheckProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`;
}
