import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { buildContext } from 'virtual:oogst/build-context';
import { filledCollections } from 'virtual:oogst/filled-collections';
import { ContentError } from '../messages/content-problems.ts';
import { assembleHarvest, checkHarvest, type Harvest } from './harvest-model.ts';

export type { Harvest } from './harvest-model.ts';

let loading: Promise<Harvest> | undefined;

/**
 * The one place that reads collections. Drafts are dropped in production builds. A build's
 * content gate has checked every cross reference of the same model before the collections
 * loaded; the dev server's gate only reports, so there the harvest checks them itself and
 * shows all broken ones instead of rendering half a page.
 */
export function getHarvest(): Promise<Harvest> {
  loading ??= loadHarvest();
  return loading;
}

/** Drafts are visible in `astro dev` (with a marker) and never in a build: the build context follows the command. */
export const showDrafts = buildContext.showDrafts;

/** A collection's entries; one without entries is an empty list without asking Astro, which would warn that it is empty. */
const read = <C extends CollectionKey>(collection: C, filter?: (entry: CollectionEntry<C>) => boolean): Promise<CollectionEntry<C>[]> =>
  filledCollections === null || filledCollections.includes(collection)
    ? (getCollection(collection, filter) as Promise<CollectionEntry<C>[]>)
    : Promise.resolve([]);

async function loadHarvest(): Promise<Harvest> {
  const [site, themes, insights, stories, chapters, visuals, faq, pages, sources, tables, ideas, followups] = await Promise.all([
    read('site'),
    read('themes'),
    read('insights'),
    read('stories', (story) => showDrafts || !story.data.draft),
    read('chapters'),
    read('visuals'),
    read('faq'),
    read('pages'),
    read('sources'),
    read('tables'),
    read('ideas'),
    read('followups'),
  ]);
  const harvest = assembleHarvest({ site, themes, insights, stories, chapters, visuals, faq, pages, sources, tables, ideas, followups });
  const problems = buildContext.command === 'build' ? [] : checkHarvest(harvest);
  if (problems.length > 0) throw new ContentError(problems, 'Verwijzingen in de inhoud kloppen niet');
  return harvest;
}
