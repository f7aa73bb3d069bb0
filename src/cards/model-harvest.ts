import type { CollectionEntry } from 'astro:content';
import type { VisualInput } from '../charts/types.ts';
import { ContentError } from '../messages/content-problems.ts';
import { validEntries, type ContentModel } from '../model/content-model.ts';
import type { LoadedEntry } from '../model/load-content.ts';
import { followUpVisuals } from '../data/followups.ts';
import { assembleHarvest, type Harvest, type HarvestEntries } from '../data/harvest-model.ts';
import { resolveVisualData } from '../data/resolve-visual.ts';

type FolderName = Exclude<keyof HarvestEntries, 'tables' | 'ideas'>;

/**
 * The harvest of the content model: what the build gets from Astro's collections, made from the
 * entries that passed their schema (drafts left out, as in a build). The model's entries carry the
 * same fields Astro's do (id, data, filePath, body); images stay paths, which no card or check reads.
 * Undefined when site.yaml did not pass its schema.
 */
export function harvestOfModel(model: ContentModel): Harvest | undefined {
  const of = <C extends FolderName>(collection: C) =>
    validEntries(model, collection as LoadedEntry['collection'])
      .filter((entry) => entry.data!['draft'] !== true)
      .map(
        (entry) =>
          ({ id: entry.id, collection, data: entry.data, filePath: entry.file, body: entry.body }) as unknown as CollectionEntry<C>,
      );
  const site = of('site');
  if (site.length === 0) return undefined;
  // The build's CSV loader keys tables by their id and ideas by their padded row number (src/content.config.ts).
  const tables = model.tables.rows.map(
    ({ line, data }) => ({ id: data.id, collection: 'tables', data: { ...data, line } }) as unknown as CollectionEntry<'tables'>,
  );
  const ideas = model.ideas.rows.map(
    ({ line, data }) =>
      ({ id: String(line).padStart(5, '0'), collection: 'ideas', data: { ...data, line } }) as unknown as CollectionEntry<'ideas'>,
  );
  return assembleHarvest({
    site,
    themes: of('themes'),
    insights: of('insights'),
    stories: of('stories'),
    chapters: of('chapters'),
    visuals: of('visuals'),
    faq: of('faq'),
    pages: of('pages'),
    sources: of('sources'),
    followups: of('followups'),
    tables,
    ideas,
  });
}

/**
 * Every visual of the harvest resolved as the build resolves it, then the follow-ups' charts. A
 * visual whose data does not fit its spec is left out: the check reports it on its own.
 */
export function visualsOfHarvest(harvest: Harvest): VisualInput[] {
  const resolved = harvest.visuals.flatMap((entry) => {
    try {
      return [resolveVisualData(entry, harvest)];
    } catch (caught) {
      if (caught instanceof ContentError) return [];
      throw caught;
    }
  });
  return [...resolved, ...followUpVisuals(harvest)];
}
