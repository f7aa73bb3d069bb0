import type { VisualInput } from '../../charts/types.ts';
import type { FollowUpStatus } from '../../schemas/site.ts';

/** The site's colours (src/styles/colour-css.ts) as a file next to the CMS, for the preview. */
export const PREVIEW_COLOURS_FILE = 'kleuren.css';

/** The file next to the CMS with what its preview needs beyond the entry being edited. */
export const PREVIEW_DATA_FILE = 'voorbeeld-gegevens.json';

/**
 * What the preview pane draws other entries' parts from: every chart with its data, resolved as the
 * build resolves it (the preview draws it with the site's chart code), the sources as the site
 * cites them, the names of themes, insights, chapters and tables, and the follow-up statuses.
 * The CMS does not edit charts, sources' citations or statuses, so the build's copy is current.
 */
export interface PreviewData {
  visuals: VisualInput[];
  /** Source id → the citation ("Title (publisher, juli 2021)") and its date at its own precision. */
  sources: Record<string, { citation: string; date?: string }>;
  themes: Record<string, string>;
  insights: Record<string, string>;
  chapters: Record<string, string>;
  /** Table id → its title; `example` when the table is illustrative. */
  tables: Record<string, { title: string; example: boolean }>;
  statuses: FollowUpStatus[];
  /**
   * Per theme, the lists of its page that come from files the CMS does not edit (ideas.csv, the
   * charts): the charts about it, its ideas by kind, and whether they count as an example.
   */
  themeLists: Record<string, ThemeListsData>;
  /** How many stories a theme's page lists (src/data/queries.ts THEME_PAGE_STORIES). */
  themeStoryLimit: number;
}

/** A theme's charts and ideas, as its page lists them. */
export interface ThemeListsData {
  visuals: { id: string; title: string }[];
  ideas: { kind: string; texts: string[] }[];
  ideasExample: boolean;
}
