import { existsSync } from 'node:fs';
import path from 'node:path';
import { EARL_FILE } from '../accessibility/earl.ts';
import { listRoutes, type RouteIds } from '../data/page-kinds.ts';
import { ANCHORS, basePathOf, ROUTES, toSitePath } from '../data/routes.ts';
import type { ContentModel } from '../model/content-model.ts';
import { pdfFileName } from '../pdf/pdf-name.ts';
import { followUpStatusIds } from './content-references.ts';

export { listRoutes, type RouteIds };

/**
 * The ids of the content model that pages are made for, as a build makes them (drafts left out):
 * with the page registry's listRoutes, every site path content may link to.
 */
export function routeIdsOf(model: ContentModel): RouteIds {
  const { entries, contentDir } = model;
  const ids = (collection: string) =>
    entries
      .filter((entry) => entry.collection === collection && !(collection === 'stories' && entry.raw?.['draft'] === true))
      .map((entry) => entry.id);
  const siteName = entries.find((entry) => entry.collection === 'site')?.raw?.['name'];
  return {
    themes: ids('themes'),
    insights: ids('insights'),
    stories: ids('stories'),
    chapters: ids('chapters'),
    visuals: ids('visuals'),
    pages: ids('pages'),
    followups: ids('followups'),
    statuses: followUpStatusIds(entries),
    accessibilityEvidence: existsSync(path.join(contentDir, EARL_FILE)),
    pdfName: typeof siteName === 'string' ? pdfFileName(siteName) : undefined,
  };
}

/** The path part of an internal link ("/themas/wonen/#kop" → "/themas/wonen/"), or undefined for external links. */
export function internalPath(href: string, baseUrl?: string): string | undefined {
  let target = href.trim();
  if (baseUrl && target.startsWith(baseUrl)) target = target.slice(baseUrl.length) || '/';
  // A link written with the base path ("/dialoog/verhalen/x/") is the same page as one without.
  else if (baseUrl) target = toSitePath(target, basePathOf(baseUrl));
  if (!target.startsWith('/') || target.startsWith('//')) return undefined;
  return decodeURI(target.replace(/[?#].*$/, '')) || '/';
}

/** Why an internal path leads nowhere, or undefined when it exists (a page, or a file in public/). */
export function explainBrokenPath(
  target: string,
  routes: ReadonlySet<string>,
  publicDir: string,
): { message: string; fix: string } | undefined {
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
    fix:
      siblings.length > 0
        ? `kies een bestaande pagina, bijvoorbeeld ${siblings.join(', ')}`
        : 'controleer het adres; interne links beginnen met / en eindigen met /',
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
  themes: ROUTES.theme,
  insights: ROUTES.insight,
  stories: ROUTES.story,
  chapters: ROUTES.chapter,
  pages: ROUTES.page,
  faq: () => ROUTES.faq,
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
  add(ROUTES.tables, ...tableIds.map(ANCHORS.table));
  for (const entry of entries) {
    const route = ENTRY_ROUTE[entry.collection];
    if (route) add(route(entry.id), ...entry.headings);
    if (entry.collection === 'faq') add(ROUTES.faq, entry.id);
    // Each source has an anchor of its id on /bronnen/ (ROUTES.source).
    if (entry.collection === 'sources') add(ROUTES.sources, ROUTES.source(entry.id).split('#')[1]!);
    if (entry.collection === 'chapters') add(ROUTES.wholeProduct, entry.id, ...entry.headings.map((heading) => `${entry.id}-${heading}`));
    if (entry.collection === 'visuals') add(ROUTES.visuals, ANCHORS.visual(entry.id));
  }
  return anchors;
}

/** Why the fragment of an internal link points nowhere, or undefined when the anchor exists. */
export function explainBrokenAnchor(
  target: string,
  fragment: string,
  anchors: ReadonlyMap<string, ReadonlySet<string>>,
): { message: string; fix: string } | undefined {
  const known = anchors.get(target);
  if (known?.has(fragment)) return undefined;
  const lower = known && [...known].find((anchor) => anchor === fragment.toLowerCase());
  if (lower) return { message: `het anker "#${fragment}" op ${target} bevat hoofdletters`, fix: `schrijf "#${lower}"` };
  const examples = known ? [...known].slice(0, 6).map((anchor) => `#${anchor}`) : [];
  return {
    message: `het anker "#${fragment}" bestaat niet op ${target}`,
    fix:
      examples.length > 0
        ? `kies een bestaand anker, bijvoorbeeld ${examples.join(', ')}, of link zonder #…`
        : 'link naar de pagina zonder #…',
  };
}
