import { KINDS, REGIONS, TRACKS } from '../schemas/shared.ts';
import { GROUPABLE_COLUMNS } from '../schemas/visual.ts';
import type { SourceRow } from './aggregate.ts';

/** A dialogue table as charts read it. */
export interface TableRow {
  id: string;
  date: Date;
  track: string;
  region: string;
  participants: number;
  themes: string[];
  example: boolean;
}

/** An idea as charts read it. */
export interface IdeaRow {
  table: string;
  theme: string;
  kind: string;
  example: boolean;
}

const month = (date: Date) => date.toISOString().slice(0, 7);
const yesNo = (flag: boolean) => (flag ? 'ja' : 'nee');

/** Dialogue tables as rows to group: `month` and `year` derived from the date. */
export function tableSourceRows(tables: readonly TableRow[]): SourceRow[] {
  return tables.map((t) => ({
    id: t.id,
    track: t.track,
    region: t.region,
    themes: t.themes,
    month: month(t.date),
    year: String(t.date.getUTCFullYear()),
    participants: t.participants,
    example: yesNo(t.example),
  }));
}

/** Ideas as rows to group, with the track and region of the table they came from. */
export function ideaSourceRows(ideas: readonly IdeaRow[], tables: readonly TableRow[]): SourceRow[] {
  const byId = new Map(tables.map((t) => [t.id, t]));
  return ideas.map((idea) => ({
    table: idea.table,
    theme: idea.theme,
    kind: idea.kind,
    track: byId.get(idea.table)?.track ?? '',
    region: byId.get(idea.table)?.region ?? '',
    example: yesNo(idea.example),
  }));
}

/** Columns that can be grouped by or summed, per source. */
export const SOURCE_COLUMNS = {
  tables: { groupable: GROUPABLE_COLUMNS.tables, summable: ['participants'] },
  ideas: { groupable: GROUPABLE_COLUMNS.ideas, summable: [] },
} as const;

/** Complete sets of the site's own categories, so charts list every track, kind and province, in the same order everywhere. */
export const KNOWN_DOMAINS: Record<string, readonly string[]> = { track: TRACKS, kind: KINDS, region: REGIONS };
