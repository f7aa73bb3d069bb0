import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { checkVisualData, type VisualFiles } from '../charts/check-visual.ts';
import { KNOWN_COLUMN_LABELS, KNOWN_VALUE_LABELS } from '../charts/labels.ts';
import { aggregateSiteData, type SiteDataSources } from '../charts/site-data.ts';
import type { DataTable, VisualInput } from '../charts/types.ts';
import { ContentError, missingDataFileProblem, type ContentProblem } from '../messages/content-problems.ts';
import type { VisualSpec } from '../schemas/visual.ts';
import { readDataTable } from '../loaders/parse-csv.ts';
import { isExampleVisual, tablesById, type VisualOrigin } from './example.ts';
import type { Harvest } from './harvest-model.ts';

type VisualEntry = CollectionEntry<'visuals'>;

const specFileOf = (entry: VisualEntry) => entry.filePath ?? `content/visuals/${entry.id}.yaml`;

/** Reads the CSV next to the spec; the row numbers are kept for messages. */
function readCsvTable(specFile: string, file: string): { table: DataTable; lines: number[]; shown: string } {
  const full = path.resolve(path.dirname(specFile), file);
  const shown = path.relative(process.cwd(), full) || full;
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch {
    throw new ContentError([missingDataFileProblem(specFile, file)]);
  }
  return { ...readDataTable(text, shown), shown };
}

/** The rows a visual's numbers were made of, to tell whether they are an example. */
function originOf(entry: VisualEntry, harvest: Harvest, table: DataTable): VisualOrigin {
  const data = entry.data.data;
  if (!('from' in data)) return { kind: 'file', rows: table.rows };
  const tables = harvest.tables.map((t) => ({ id: t.id, example: t.data.example }));
  if (data.from === 'tables') return { kind: 'tables', tables };
  return { kind: 'ideas', ideas: harvest.ideas.map((idea) => idea.data), tables: tablesById(tables) };
}

/**
 * The one builder of a visual's data, for the pages and `npm run check` alike: reads the CSV beside
 * the spec or counts the site's own tables or ideas, and checks the spec against the result (every
 * column it names exists, numbers are numbers, ...). Throws a ContentError when the data cannot be
 * read or counted at all.
 */
export function buildVisualTable(
  spec: VisualSpec,
  specFile: string,
  sources: SiteDataSources,
): { table: DataTable; problems: ContentProblem[] } {
  const source =
    'file' in spec.data ? readCsvTable(specFile, spec.data.file) : { ...aggregateSiteData(spec, specFile, sources), lines: undefined };
  const files: VisualFiles = { spec: specFile, data: source.shown };
  return { table: source.table, problems: checkVisualData(spec, source.table, files, source.lines) };
}

/**
 * Resolves a visual: its data (buildVisualTable), whether it is an example and the labels of its
 * values. Throws a ContentError naming the spec file, the column and the columns that do exist.
 * Synchronous and free of Astro's runtime, so the pages and the cards of the check resolve visuals the same way.
 */
export function resolveVisualData(entry: VisualEntry, harvest: Harvest): VisualInput {
  const specFile = specFileOf(entry);
  const tables = harvest.tables.map((t) => ({ ...t.data, id: t.id }));
  const sources = { tables, ideas: harvest.ideas.map((i) => i.data), themeOrder: harvest.themes.map((theme) => theme.id) };
  const source = buildVisualTable(entry.data, specFile, sources);
  if (source.problems.length > 0) throw new ContentError(source.problems, `De grafiek ${specFile} past niet bij de data`);
  // Slugs of themes and insights in the data show as their titles, so a CSV stays short and in step with the content.
  const entryLabels = Object.fromEntries([
    ...harvest.themes.map((theme) => [theme.id, theme.data.shortTitle]),
    ...harvest.insights.map((insight) => [insight.id, insight.data.title]),
  ]);
  return {
    slug: entry.id,
    spec: entry.data,
    table: source.table,
    example: isExampleVisual(entry.data.example, originOf(entry, harvest, source.table)),
    valueLabels: { ...KNOWN_VALUE_LABELS, ...entryLabels },
    columnLabels: KNOWN_COLUMN_LABELS,
  };
}
