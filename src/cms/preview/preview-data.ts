import { harvestOfModel, visualsOfHarvest } from '../../cards/model-harvest.ts';
import { isoRecordDate } from '../../data/followup-model.ts';
import { citeSource } from '../../data/sources.ts';
import type { ContentModel } from '../../model/content-model.ts';
import { renderColourCss } from '../../styles/colour-css.ts';
import type { PreviewData } from './preview-data-file.ts';

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
  if (!harvest) return { visuals: [], sources: {}, themes: {}, insights: {}, chapters: {}, tables: {}, statuses: [] };
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
  };
}
