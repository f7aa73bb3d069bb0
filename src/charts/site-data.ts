import { ContentError } from '../messages/content-problems.ts';
import type { VisualSpec } from '../schemas/visual.ts';
import { aggregateRows, missingColumn } from './aggregate.ts';
import { ideaSourceRows, KNOWN_DOMAINS, SOURCE_COLUMNS, tableSourceRows, type IdeaRow, type TableRow } from './source-rows.ts';
import type { DataTable } from './types.ts';

/** The site's own data a visual can count or sum: the dialogue tables and the ideas. */
export interface SiteDataSources {
  tables: readonly TableRow[];
  ideas: readonly IdeaRow[];
  /** Theme slugs in the order themes are listed. */
  themeOrder: readonly string[];
}

/**
 * Counts or sums the site's own tables or ideas as a visual's spec asks (`data.from`). The build
 * and `npm run check` both call this, so a spec that names a column the data lacks is refused
 * by both with the same message. Throws a ContentError naming the spec file and the columns.
 */
export function aggregateSiteData(spec: VisualSpec, specFile: string, sources: SiteDataSources): { table: DataTable; shown: string } {
  const data = spec.data;
  if (!('from' in data)) throw new Error('aggregateSiteData needs a "from" source');
  const rows = data.from === 'tables' ? tableSourceRows(sources.tables) : ideaSourceRows(sources.ideas, sources.tables);
  const shown = data.from === 'tables' ? 'de dialoogtafels (tables.csv)' : 'de ideeën (ideas.csv)';
  const { groupable, summable } = SOURCE_COLUMNS[data.from];
  const problems = data.groupBy
    .filter((column) => !(groupable as readonly string[]).includes(column))
    .map((column) => missingColumn(specFile, 'data.groupBy', column, groupable, shown));
  if (data.sum && !(summable as readonly string[]).includes(data.sum)) {
    problems.push(
      missingColumn(specFile, 'data.sum', data.sum, summable.length > 0 ? summable : ['(geen: laat sum weg om te tellen)'], shown),
    );
  }
  if (problems.length > 0) throw new ContentError(problems, `${specFile} noemt kolommen die niet bestaan`);
  const orders = { theme: [...sources.themeOrder], themes: [...sources.themeOrder] };
  return { table: aggregateRows(rows, { groupBy: data.groupBy, sum: data.sum, domains: KNOWN_DOMAINS, orders }), shown };
}
