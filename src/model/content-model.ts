import { loadCsv, type CsvRow } from './csv-content.ts';
import { loadEntries, type LoadedEntry } from './load-content.ts';
import type { CheckProblem } from './problems.ts';
import type { SiteSettings } from '../schemas/site.ts';

/**
 * The content folder read once: every Markdown/MDX entry, visual spec and site.yaml with its raw
 * data, its data after the schema and its file and lines, and the rows of the CSV collections
 * with their line numbers. `npm run check`, the build's content gate and the card measuring all
 * read the folder through here; `problems` are what reading and the schemas found.
 */
export interface ContentModel {
  contentDir: string;
  entries: LoadedEntry[];
  tables: { rows: CsvRow<'tables'>[]; ids: string[] };
  ideas: { rows: CsvRow<'ideas'>[]; ids: string[] };
  problems: CheckProblem[];
}

/** Reads the content folder into the model (see ContentModel); never throws for bad content. */
export function readContentModel(contentDir: string): ContentModel {
  const { entries, problems } = loadEntries(contentDir);
  const tables = loadCsv(contentDir, 'tables');
  const ideas = loadCsv(contentDir, 'ideas');
  return {
    contentDir,
    entries,
    tables: { rows: tables.rows, ids: tables.ids },
    ideas: { rows: ideas.rows, ids: ideas.ids },
    problems: [...problems, ...tables.problems, ...ideas.problems],
  };
}

/** The settings of site.yaml as its schema made them, or undefined when it is missing or invalid (the check says why). */
export function siteSettingsOf(model: ContentModel): SiteSettings | undefined {
  return model.entries.find((entry) => entry.collection === 'site')?.data as SiteSettings | undefined;
}

/** The entries of one collection that passed their schema. */
export function validEntries(model: ContentModel, collection: LoadedEntry['collection']): LoadedEntry[] {
  return model.entries.filter((entry) => entry.collection === collection && entry.data !== undefined);
}
