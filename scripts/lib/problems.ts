/** How bad a finding is: an error fails `npm run check` (and the build), a warning does not. */
export type Severity = 'error' | 'warning';

/** One finding of `npm run check`, in words an editor can act on. */
export interface CheckProblem {
  severity: Severity;
  /** Path relative to the project, e.g. "content/stories/x.mdx". */
  file: string;
  /** 1-based line, when known. */
  line?: number | undefined;
  /** Dotted field path ("hero.alt"), "tekst" for the body, "(bestand)" for the whole file. */
  field: string;
  /** What is wrong. */
  message: string;
  /** How to fix it, when the message does not say so already. */
  fix?: string | undefined;
  /**
   * Advice rather than a fault of this build: plain language, or fields the publisher of a site
   * fills in. `npm run check` lists it; the build counts it in one line.
   */
  advice?: 'leesbaarheid' | 'uitgever' | undefined;
}

/** A problem with severity error. */
export const error = (problem: Omit<CheckProblem, 'severity'>): CheckProblem => ({ severity: 'error', ...problem });

/** A problem with severity warning. */
export const warning = (problem: Omit<CheckProblem, 'severity'>): CheckProblem => ({ severity: 'warning', ...problem });

/** One line: `FOUT content/stories/x.mdx:7 veld hero.alt: … → oplossing: …`. */
export function formatCheckProblem(problem: CheckProblem): string {
  const label = problem.severity === 'error' ? 'FOUT' : 'LET OP';
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const fix = problem.fix ? ` → oplossing: ${problem.fix}` : '';
  return `${label} ${where} veld ${problem.field}: ${problem.message}${fix}`;
}

/** Sorted by file and line, errors before warnings on the same line, duplicates removed. */
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
      const key = formatCheckProblem(problem);
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
