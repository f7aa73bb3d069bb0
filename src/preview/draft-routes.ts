import { ROUTES } from '../data/urls.ts';
import type { ContentModel } from '../model/content-model.ts';

/** Whether an entry of the content folder is a draft (only stories have the flag). */
export const isDraftEntry = (entry: ContentModel['entries'][number]): boolean =>
  entry.collection === 'stories' && entry.raw?.['draft'] === true;

/**
 * The site paths of the drafts' pages. A preview build makes them, marked "Concept"; they stay out
 * of its sitemap (like its search index and feeds), and the published build makes none.
 */
export function draftRoutes(model: ContentModel): ReadonlySet<string> {
  let routes = known.get(model);
  if (!routes) known.set(model, (routes = new Set(model.entries.filter(isDraftEntry).map((entry) => ROUTES.story(entry.id)))));
  return routes;
}

/** Once per model: the sitemap asks for every page of the site. */
const known = new WeakMap<ContentModel, ReadonlySet<string>>();
