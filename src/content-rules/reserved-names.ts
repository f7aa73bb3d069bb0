import { FOLLOW_UP_VISUALS, ROUTES } from '../data/routes.ts';
import { error, type CheckProblem } from '../messages/content-problems.ts';
import { UPLOAD_TEXT } from '../messages/upload-problems.ts';
import type { RuleEntry } from './types.ts';

/** The page each collection's entries get, from the URL module. */
export const ENTRY_PAGE: Readonly<Record<string, (id: string) => string>> = {
  themes: ROUTES.theme,
  insights: ROUTES.insight,
  stories: ROUTES.story,
  chapters: ROUTES.chapter,
  visuals: ROUTES.visual,
  pages: ROUTES.page,
  followups: ROUTES.followUp,
};

/**
 * The site's own addresses, from the URL module: every fixed route (search, open data, the CMS,
 * the card gallery, Pagefind's bundle, feeds …) and the charts computed from the follow-ups.
 */
export function ownRoutes(): Set<string> {
  const fixed = (Object.values(ROUTES) as unknown[]).filter((route): route is string => typeof route === 'string');
  return new Set([...fixed, ...Object.values(FOLLOW_UP_VISUALS).map(ROUTES.visual)]);
}

/**
 * Content ids whose page would land on an address the site owns: a page "zoeken" on /zoeken/,
 * a story "soort" on /verhalen/soort/ (the folder of the filter pages), a chapter "alles" on the
 * whole final product. `siteRoutes` are all addresses the site makes (the check's route list);
 * a numbered id in a list that is paged (/verhalen/2/) would be a page of that list.
 */
export function checkReservedNames(entries: readonly RuleEntry[], siteRoutes: ReadonlySet<string>): CheckProblem[] {
  const owned = ownRoutes();
  const all = [...new Set([...owned, ...siteRoutes])];
  return entries.flatMap((entry) => {
    const page = ENTRY_PAGE[entry.collection];
    if (!page || entry.id.includes('/')) return [];
    const route = page(entry.id);
    const paged = entry.collection === 'stories' && /^\d+$/.test(entry.id) ? ROUTES.stories : undefined;
    const taken = owned.has(route) ? route : (paged ?? all.find((other) => other !== route && other.startsWith(route)));
    if (taken === undefined) return [];
    return [error({ file: entry.file, field: '(bestandsnaam)', ...UPLOAD_TEXT.reservedName(route, taken), rule: 'reserved-name' })];
  });
}
