import { existsSync } from 'node:fs';
import path from 'node:path';
import { FOLLOW_UP_PATHS, FOLLOW_UP_VISUALS, OPEN_DATA_NAMES, OPEN_DATA_PATHS } from '../../src/data/urls.ts';
import { KINDS, TRACKS } from '../../src/schemas/shared.ts';

/** The ids per collection that pages are made for. */
export interface RouteIds {
  themes: readonly string[];
  insights: readonly string[];
  stories: readonly string[];
  chapters: readonly string[];
  visuals: readonly string[];
  pages: readonly string[];
  /** Follow-ups and the status ids of site.yaml; optional, so callers without follow-ups need not say so. */
  followups?: readonly string[];
  statuses?: readonly string[];
}

/**
 * Every URL path the built site has, from the ids in the content folder. Mirrors the
 * routes in src/pages/ (Dutch paths with a trailing slash); paginated lists are left out.
 */
export function listRoutes(ids: RouteIds): Set<string> {
  const routes = [
    '/',
    '/themas/',
    '/inzichten/',
    '/verhalen/',
    '/eindproduct/',
    '/eindproduct/alles/',
    '/cijfers/',
    '/veelgestelde-vragen/',
    '/dialoogtafels/',
    '/zoeken/',
    '/deelkaarten/',
    '/rss.xml',
    ...ids.themes.map((id) => `/themas/${id}/`),
    ...ids.insights.map((id) => `/inzichten/${id}/`),
    ...ids.stories.map((id) => `/verhalen/${id}/`),
    ...ids.chapters.map((id) => `/eindproduct/${id}/`),
    ...ids.visuals.flatMap((id) => [`/cijfers/${id}/`, `/cijfers/${id}.csv`, `/cijfers/${id}.svg`, `/cijfers/${id}.png`]),
    ...ids.pages.map((id) => `/${id}/`),
    ...KINDS.map((kind) => `/verhalen/soort/${kind}/`),
    ...TRACKS.map((track) => `/verhalen/spoor/${track}/`),
    ...ids.themes.map((id) => `/verhalen/thema/${id}/`),
    ...followUpRoutes(ids),
  ];
  return new Set(routes);
}

/** The follow-up pages (only when there are follow-ups, as the site builds them) and the open data files. */
function followUpRoutes(ids: RouteIds): string[] {
  const followups = ids.followups ?? [];
  const contentFiles = Object.values(OPEN_DATA_NAMES).filter((name) => typeof name === 'string');
  const computedVisuals = followups.length > 0 ? Object.values(FOLLOW_UP_VISUALS) : [];
  const dataFiles = [...contentFiles, ...[...ids.visuals, ...computedVisuals].map((id) => OPEN_DATA_NAMES.visual(id))];
  return [
    ...computedVisuals.flatMap((id) => [`/cijfers/${id}/`, `/cijfers/${id}.csv`, `/cijfers/${id}.svg`, `/cijfers/${id}.png`]),
    FOLLOW_UP_PATHS.overview,
    FOLLOW_UP_PATHS.feed,
    ...followups.map((id) => FOLLOW_UP_PATHS.entry(id)),
    ...(ids.statuses ?? []).map((id) => FOLLOW_UP_PATHS.status(id)),
    ...ids.themes.map((id) => FOLLOW_UP_PATHS.theme(id)),
    OPEN_DATA_PATHS.page,
    OPEN_DATA_PATHS.dataPackage,
    ...dataFiles.flatMap((name) => [OPEN_DATA_PATHS.file(name, 'csv'), OPEN_DATA_PATHS.file(name, 'json')]),
  ];
}

/** The path part of an internal link ("/themas/wonen/#kop" → "/themas/wonen/"), or undefined for external links. */
export function internalPath(href: string, baseUrl?: string): string | undefined {
  let target = href.trim();
  if (baseUrl && target.startsWith(baseUrl)) target = target.slice(baseUrl.length) || '/';
  if (!target.startsWith('/') || target.startsWith('//')) return undefined;
  return decodeURI(target.replace(/[?#].*$/, '')) || '/';
}

/** Why an internal path leads nowhere, or undefined when it exists (a page, or a file in public/). */
export function explainBrokenPath(target: string, routes: ReadonlySet<string>, publicDir: string): { message: string; fix: string } | undefined {
  if (routes.has(target) || (target !== '/' && existsSync(path.join(publicDir, target)))) return undefined;
  if (!target.endsWith('/') && routes.has(`${target}/`)) {
    return { message: `de link "${target}" mist de schuine streep aan het eind`, fix: `schrijf "${target}/"` };
  }
  const lower = target.toLowerCase();
  if (routes.has(lower)) return { message: `de link "${target}" bevat hoofdletters`, fix: `schrijf "${lower}"` };
  const section = `/${target.split('/')[1] ?? ''}/`;
  const siblings = [...routes].filter((route) => route.startsWith(section) && route !== section).slice(0, 5);
  return {
    message: `de link "${target}" wijst naar een pagina die niet bestaat`,
    fix: siblings.length > 0 ? `kies een bestaande pagina, bijvoorbeeld ${siblings.join(', ')}` : 'controleer het adres; interne links beginnen met / en eindigen met /',
  };
}

/** A content entry whose headings become anchors on its page. */
export interface AnchorSource {
  collection: string;
  id: string;
  /** The anchors of its headings, in order (see headingAnchors). */
  headings: readonly string[];
}

/** The page of an entry of a Markdown collection. */
const ENTRY_ROUTE: Record<string, (id: string) => string> = {
  themes: (id) => `/themas/${id}/`,
  insights: (id) => `/inzichten/${id}/`,
  stories: (id) => `/verhalen/${id}/`,
  chapters: (id) => `/eindproduct/${id}/`,
  pages: (id) => `/${id}/`,
  faq: () => '/veelgestelde-vragen/',
};

/**
 * The anchors content may link to (`/dialoogtafels/#t05`), per page: headings of content,
 * dialogue tables, questions, chapters in the whole final product and charts. Anchors of the
 * page templates themselves are not for content links. A test holds these against the built site.
 */
export function listAnchors(entries: readonly AnchorSource[], tableIds: readonly string[]): Map<string, Set<string>> {
  const anchors = new Map<string, Set<string>>();
  const add = (route: string, ...ids: string[]) => {
    const set = anchors.get(route) ?? new Set<string>();
    for (const id of ids) set.add(id);
    anchors.set(route, set);
  };
  add('/dialoogtafels/', ...tableIds.map((id) => id.toLowerCase()));
  for (const entry of entries) {
    const route = ENTRY_ROUTE[entry.collection];
    if (route) add(route(entry.id), ...entry.headings);
    if (entry.collection === 'faq') add('/veelgestelde-vragen/', entry.id);
    if (entry.collection === 'chapters') add('/eindproduct/alles/', entry.id, ...entry.headings.map((heading) => `${entry.id}-${heading}`));
    if (entry.collection === 'visuals') add('/cijfers/', `grafiek-${entry.id}`);
  }
  return anchors;
}

/** Why the fragment of an internal link points nowhere, or undefined when the anchor exists. */
export function explainBrokenAnchor(target: string, fragment: string, anchors: ReadonlyMap<string, ReadonlySet<string>>): { message: string; fix: string } | undefined {
  const known = anchors.get(target);
  if (known?.has(fragment)) return undefined;
  const lower = known && [...known].find((anchor) => anchor === fragment.toLowerCase());
  if (lower) return { message: `het anker "#${fragment}" op ${target} bevat hoofdletters`, fix: `schrijf "#${lower}"` };
  const examples = known ? [...known].slice(0, 6).map((anchor) => `#${anchor}`) : [];
  return {
    message: `het anker "#${fragment}" bestaat niet op ${target}`,
    fix: examples.length > 0 ? `kies een bestaand anker, bijvoorbeeld ${examples.join(', ')}, of link zonder #…` : 'link naar de pagina zonder #…',
  };
}
