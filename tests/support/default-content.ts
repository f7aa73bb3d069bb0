import path from 'node:path';
import { readEntries } from '../content/read-content.ts';

/**
 * What the default content folder publishes, read from its files, so a test of the built default
 * site knows which pages it must find instead of matching URLs by shape (a pattern that matches
 * nothing passes silently).
 */
export const DEFAULT_CONTENT = path.resolve('content');

/** Slugs of the entries of one collection folder (e.g. "stories", "followups") that are not drafts. */
export function publishedSlugs(folder: string, contentDir = DEFAULT_CONTENT): string[] {
  const slugs = readEntries(path.join(contentDir, folder))
    .filter((entry) => entry.data.draft !== true)
    .map((entry) => entry.slug);
  if (slugs.length === 0) throw new Error(`${contentDir}/${folder} publiceert niets: deze test heeft dan niets om te controleren`);
  return slugs;
}
