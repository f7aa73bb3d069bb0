import { listRoutes, PAGE_KINDS, pageKindOf, type PageKind } from '../data/page-kinds.ts';
import { ROUTES } from '../data/urls.ts';
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

/** Stands for an id of the content, so the site's own routes can be told from the content's. */
const ANY_ID = '\u0000';

/**
 * The site's own addresses: every path the page registry (src/data/page-kinds.ts) makes whatever
 * the content's ids (search, open data, the CMS, the card gallery, the story filters, the charts
 * computed from follow-ups and their files), and every fixed address of the URL module (Pagefind's
 * bundle, the embed folder …).
 */
export function ownRoutes(): Set<string> {
  const withoutContent = listRoutes({
    themes: [],
    insights: [],
    stories: [],
    chapters: [],
    visuals: [],
    pages: [],
    followups: [ANY_ID],
    statuses: [],
  });
  const fixed = (Object.values(ROUTES) as unknown[]).filter((route): route is string => typeof route === 'string');
  return new Set([...withoutContent, ...fixed].filter((route) => !route.includes(ANY_ID)));
}

/** Where a path lands in the output folder: "/404/", "/404" and "/404.html" are one place. */
const placeOf = (route: string) => route.replace(/(\/index\.html|\.html|\/)$/, '').toLowerCase();

/** The registry's kind of an entry's page: the one whose shape is its collection's route with "*" for the id. */
function kindOfEntries(page: (id: string) => string): PageKind | undefined {
  const shape = page(ANY_ID).replace(ANY_ID, '*');
  return PAGE_KINDS.find((kind) => kind.shape === shape);
}

/**
 * Content ids whose page would land on an address the site owns, all derived from the page
 * registry: a page "zoeken" on /zoeken/ (the kind "search"), a story "2" on /verhalen/2/ (the
 * kind "stories page"), a page "404" on the place of /404.html, a story "soort" on the folder of
 * the filter pages (/verhalen/soort/knel/), a chart "opvolging-per-status" on a chart computed
 * from the follow-ups. `siteRoutes` are all addresses the site makes (the check's route list).
 */
export function checkReservedNames(entries: readonly RuleEntry[], siteRoutes: ReadonlySet<string>): CheckProblem[] {
  const owned = ownRoutes();
  const ownedPlaces = new Map([...owned].map((route) => [placeOf(route), route]));
  const all = [...new Set([...owned, ...siteRoutes])];
  return entries.flatMap((entry) => {
    const page = ENTRY_PAGE[entry.collection];
    if (!page || entry.id.includes('/')) return [];
    const route = page(entry.id);
    const kind = pageKindOf(route);
    const taken =
      kind !== undefined && kind !== kindOfEntries(page)
        ? route
        : (ownedPlaces.get(placeOf(route)) ?? all.find((other) => other !== route && other.startsWith(route)));
    if (taken === undefined) return [];
    return [error({ file: entry.file, field: '(bestandsnaam)', ...UPLOAD_TEXT.reservedName(route, taken), rule: 'reserved-name' })];
  });
}
