import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SiteDataSources } from '../charts/site-data.ts';
import { buildVisualTable } from '../data/resolve-visual.ts';
import { ContentError, type ContentProblem } from '../messages/content-problems.ts';
import type { VisualSpec } from '../schemas/visual.ts';
import { findFieldLine } from '../model/front-matter.ts';
import type { LoadedEntry } from '../model/load-content.ts';
import { error, type CheckProblem } from '../model/problems.ts';

/**
 * Checks a visual against its data by the build's own builder (buildVisualTable): its own CSV can
 * be read and has rows, or the site's tables and ideas have the columns it groups by; every column
 * the encoding names exists, numbers are numbers, dates are dates, highlights occur.
 */
export function checkVisualData(entry: LoadedEntry, sources: SiteDataSources): CheckProblem[] {
  const spec = entry.data as VisualSpec | undefined;
  if (!spec) return [];
  // A data file that is not there is reported once, by the reader of the model.
  if ('file' in spec.data && !existsSync(path.join(path.dirname(entry.absoluteFile), spec.data.file))) return [];
  const at = (field: string) => (findFieldLine(entry.yamlText, field.split('.')) ?? 1) + entry.lineOffset;
  // Problems of the spec point at its field; problems of a data file at its row.
  const toProblem = (problem: ContentProblem) =>
    error({ ...problem, line: problem.line ?? (problem.file === entry.file ? at(problem.field) : undefined) });
  try {
    return buildVisualTable(spec, entry.file, sources).problems.map(toProblem);
  } catch (caught) {
    if (!(caught instanceof ContentError)) throw caught;
    return caught.problems.map(toProblem);
  }
}
