import { harvestOfModel, visualsOfHarvest } from '../../cards/model-harvest.ts';
import { isoRecordDate } from '../../data/followup-model.ts';
import { citeSource } from '../../data/sources.ts';
import type { ContentModel } from '../../model/content-model.ts';
import { renderColourCss } from '../../styles/colour-css.ts';
import { ideasAreExample } from '../../data/example.ts';
import { KINDS } from '../../schemas/shared.ts';
import type { PreviewData, ThemeListsData } from './preview-data-file.ts';
import { THEME_PAGE_STORIES } from '../../data/theme-page-stories.ts';

/** The palette and theme colours of the content folder as the site's /kleuren.css writes them. */
export function buildPreviewColours(model: ContentModel): string {
  const harvest = harvestOfModel(model);
  if (!harvest) return '';
  return renderColourCss({
    palette: harvest.site.palette,
    themes: harvest.themes.map((theme) => ({ id: theme.id, colour: theme.data.colour })),
  });
}

/** The preview data of a content folder; empty lists when site.yaml does not pass (the check says why). */
export function buildPreviewData(model: ContentModel): PreviewData {
  const harvest = harvestOfModel(model);
  if (!harvest)
    return {
      visuals: [],
      sources: {},
      themes: {},
      insights: {},
      chapters: {},
      tables: {},
      statuses: [],
      themeLists: {},
      themeStoryLimit: THEME_PAGE_STORIES,
    };
  const tableOf = new Map(harvest.tables.map((table) => [table.id, table.data]));
  const themeLists = (id: string): ThemeListsData => {
    const ideas = harvest.ideas.filter((idea) => idea.data.theme === id);
    return {
      visuals: harvest.visuals
        .filter((visual) => visual.data.themes.includes(id))
        .map((visual) => ({ id: visual.id, title: visual.data.title })),
      ideas: KINDS.map((kind) => ({ kind, texts: ideas.filter((idea) => idea.data.kind === kind).map((idea) => idea.data.text) })),
      ideasExample: ideasAreExample(
        ideas.map((idea) => idea.data),
        tableOf,
      ),
    };
  };
  const titles = (entries: readonly { id: string; data: { title: string } }[]) =>
    Object.fromEntries(entries.map((entry) => [entry.id, entry.data.title]));
  return {
    visuals: visualsOfHarvest(harvest),
    sources: Object.fromEntries(
      harvest.sources.map((source) => [
        source.id,
        { citation: citeSource(source.data), ...(source.data.date ? { date: isoRecordDate(source.data.date) } : {}) },
      ]),
    ),
    themes: titles(harvest.themes),
    insights: titles(harvest.insights),
    chapters: titles(harvest.chapters),
    tables: Object.fromEntries(harvest.tables.map((table) => [table.id, { title: table.data.title, example: table.data.example }])),
    statuses: harvest.site.followUpStatuses,
    themeLists: Object.fromEntries(harvest.themes.map((theme) => [theme.id, themeLists(theme.id)])),
    themeStoryLimit: THEME_PAGE_STORIES,
  };
}
