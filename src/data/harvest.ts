import { getCollection } from 'astro:content';
import { buildContext } from 'virtual:oogst/build-context';
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

async function loadHarvest(): Promise<Harvest> {
  const [site, themes, insights, stories, chapters, visuals, faq, pages, sources, tables, ideas, followups] = await Promise.all([
    getCollection('site'),
    getCollection('themes'),
    getCollection('insights'),
    getCollection('stories', (story) => showDrafts || !story.data.draft),
    getCollection('chapters'),
    getCollection('visuals'),
    getCollection('faq'),
    getCollection('pages'),
    getCollection('sources'),
    getCollection('tables'),
    getCollection('ideas'),
    getCollection('followups'),
  ]);
  const harvest = assembleHarvest({ site, themes, insights, stories, chapters, visuals, faq, pages, sources, tables, ideas, followups });
  const problems = buildContext.command === 'build' ? [] : checkHarvest(harvest);
  if (problems.length > 0) throw new ContentError(problems, 'Verwijzingen in de inhoud kloppen niet');
  return harvest;
}
