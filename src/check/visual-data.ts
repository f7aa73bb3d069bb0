import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkVisualData as checkSpecAgainstData, type VisualFiles } from '../charts/check-visual.ts';
import { aggregateSiteData, type SiteDataSources } from '../charts/site-data.ts';
import type { DataTable } from '../charts/types.ts';
import { ContentError, type ContentProblem } from '../messages/content-problems.ts';
import { readDataTable } from '../loaders/parse-csv.ts';
import type { VisualSpec } from '../schemas/visual.ts';
import { shownPath } from '../model/content-files.ts';
import { findFieldLine } from '../model/front-matter.ts';
import type { LoadedEntry } from '../model/load-content.ts';
import { error, type CheckProblem } from '../model/problems.ts';

/**
 * Checks a visual against its data as the build does (the same chart code): its own CSV can be
 * read and has rows, or the site's tables and ideas have the columns it groups by; every column
 * the encoding names exists, numbers are numbers, dates are dates, highlights occur.
 */
export function checkVisualData(entry: LoadedEntry, sources: SiteDataSources): CheckProblem[] {
  const spec = entry.data as VisualSpec | undefined;
  if (!spec) return [];
  const specFile = entry.file;
  const at = (field: string) => (findFieldLine(entry.yamlText, field.split('.')) ?? 1) + entry.lineOffset;
  // Problems of the spec point at its field; problems of a data file at its row.
  const toProblem = (problem: ContentProblem) =>
    error({ ...problem, line: problem.line ?? (problem.file === specFile ? at(problem.field) : undefined) });
  let table: DataTable;
  let files: VisualFiles;
  let lines: number[] | undefined;
  try {
    if ('file' in spec.data) {
      const csvPath = path.join(path.dirname(entry.absoluteFile), spec.data.file);
      if (!existsSync(csvPath)) return [];
      const shown = shownPath(csvPath);
      ({ table, lines } = readDataTable(readFileSync(csvPath, 'utf8'), shown));
      files = { spec: specFile, data: shown };
    } else {
      const aggregated = aggregateSiteData(spec, specFile, sources);
      table = aggregated.table;
      files = { spec: specFile, data: aggregated.shown };
    }
  } catch (caught) {
    if (!(caught instanceof ContentError)) throw caught;
    return caught.problems.map(toProblem);
  }
  return checkSpecAgainstData(spec, table, files, lines).map(toProblem);
}
