import type { CardKind } from './card-kinds.ts';
import { KINDS, TRACKS } from '../schemas/shared.ts';
import { FOLLOW_UP_VISUALS, OPEN_DATA_NAMES, ROUTES } from './routes.ts';

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
  /** The file name of the final product's PDF (pdfFileName of the site's name); optional for callers without a site.yaml. */
  pdfName?: string | undefined;
  /** Whether the content folder holds the axe report the build publishes beside the accessibility statement. */
  accessibilityEvidence?: boolean;
}

/** One kind of thing the site publishes: a kind of page, or a kind of file beside the pages. */
export interface PageKind {
  /** Short name, for Lighthouse's `--type` and the route tests. */
  name: string;
  /** An HTML page (scored by Lighthouse, checked by the route tests), or a file (feed, data, image). */
  html: boolean;
  /** The site path of the kind, with "*" where an id goes and "#" where a page number goes: "/themas/*\/" (from ROUTES). */
  shape: string;
  /** Every site path of the kind for the content's ids; none for paginated lists, which content does not link to. */
  paths: (ids: RouteIds) => readonly string[];
  /** The kind of share card the kind's pages have, if any. */
  card?: CardKind;
  /** The site path of the kind's page or file for one id, for kinds with a page per id. */
  pageOf?: (id: string) => string;
  /**
   * What a page of the kind can show, which its incremental build key digests
   * (src/incremental/page-keys.ts): 'props' when, of the stories and ideas, it shows only those its
   * getStaticPaths props hold; 'everything' when it may show any of them. Either way the key holds
   * the site's small collections. A kind without it is rendered in every build.
   */
  keyedBy?: PageKeyScope;
}

/** See PageKind.keyedBy. */
export type PageKeyScope = 'props' | 'everything';

const ID = '\u0000';
/** The shape of a route: its path with "*" for the id. */
const shapeOf = (route: string | ((id: string) => string)) => (typeof route === 'string' ? route : route(ID)).replace(ID, '*');
const one = (name: string, route: string, card?: CardKind): PageKind => ({
  name,
  html: true,
  shape: route,
  paths: () => [route],
  ...(card ? { card } : {}),
});
const file = (name: string, route: string): PageKind => ({ name, html: false, shape: route, paths: () => [route] });
/** A file of the given shape that the site publishes only when the content has it (path gives its site path then). */
const fileWhen = (name: string, shape: string, path: (ids: RouteIds) => string | undefined): PageKind => ({
  name,
  html: false,
  shape,
  paths: (ids) => [path(ids)].filter((sitePath) => sitePath !== undefined),
});
/**
 * A page per id (or, with html false, a file per id: a chart's CSV). Pages are keyed by 'everything'
 * unless they say otherwise; a file has a key only when it says so (see PageKind.keyedBy).
 */
const each = (
  name: string,
  route: (id: string) => string,
  ids: (ids: RouteIds) => readonly string[],
  { html = true, card, keyedBy = html ? 'everything' : undefined }: { html?: boolean; card?: CardKind; keyedBy?: PageKeyScope } = {},
): PageKind => ({
  name,
  html,
  shape: shapeOf(route),
  paths: (all) => ids(all).map(route),
  pageOf: route,
  ...(card ? { card } : {}),
  ...(keyedBy ? { keyedBy } : {}),
});

/** The charts: the content's and, with follow-ups, the two computed from them. */
const visualIds = (ids: RouteIds) => [...ids.visuals, ...((ids.followups ?? []).length > 0 ? Object.values(FOLLOW_UP_VISUALS) : [])];
/** The open data files: one per content collection and one per chart. */
const dataNames = (ids: RouteIds) => [
  ...Object.values(OPEN_DATA_NAMES).filter((name) => typeof name === 'string'),
  ...visualIds(ids).map((id) => OPEN_DATA_NAMES.visual(id)),
];

/**
 * Every kind of page and file the site publishes, in the order a site path is matched to its kind
 * (pageKindOf): fixed paths before paths with an id, filters before entries. The check's valid
 * links (listRoutes), Lighthouse's page types, the route tests and the pages of each card kind
 * come from this list.
 */
export const PAGE_KINDS: readonly PageKind[] = [
  one('home', ROUTES.home, 'site'),
  one('themes', ROUTES.themes),
  one('insights', ROUTES.insights),
  one('stories', ROUTES.stories),
  one('product', ROUTES.chapters),
  one('product whole', ROUTES.wholeProduct),
  fileWhen('product pdf', ROUTES.productPdf('*'), (ids) => ids.pdfName && ROUTES.productPdf(ids.pdfName)),
  one('figures', ROUTES.visuals),
  one('tables', ROUTES.tables),
  one('faq', ROUTES.faq),
  one('sources', ROUTES.sources),
  one('search', ROUTES.search),
  one('cards', ROUTES.cards),
  one('follow-ups', ROUTES.followUps, 'followupStatus'),
  one('open data', ROUTES.openData),
  { ...one('404', ROUTES.notFound), shape: '/404' },
  file('admin', ROUTES.admin),
  file('card manifest', ROUTES.cardManifest),
  file('feed', ROUTES.rss),
  file('follow-up feed', ROUTES.followUpFeed),
  file('colours', ROUTES.colours),
  file('sitemap', ROUTES.sitemap),
  file('robots', ROUTES.robots),
  file('security.txt', ROUTES.securityTxt),
  file('data package', ROUTES.dataPackage),
  file('data catalogue', ROUTES.dataCatalogue),
  file('data catalogue turtle', ROUTES.dataCatalogueTurtle),
  fileWhen('accessibility evidence', ROUTES.accessibilityEvidence, (ids) =>
    ids.accessibilityEvidence ? ROUTES.accessibilityEvidence : undefined,
  ),
  // A kind's own gallery pages ("/deelkaarten/verhalen/", page 2 "/deelkaarten/verhalen/2/"), for large galleries.
  { name: 'card gallery', html: true, shape: ROUTES.cardGallery('*'), paths: () => [], keyedBy: 'everything' },
  { name: 'card gallery page', html: true, shape: `${ROUTES.cardGallery('*')}#/`, paths: () => [], keyedBy: 'everything' },
  // The cards and their zips: the cards integration writes them in a build; these routes serve them in the dev server.
  { name: 'card image', html: false, shape: ROUTES.cardImage('*', '*'), paths: () => [] },
  { name: 'card zip', html: false, shape: ROUTES.cardZip('*'), paths: () => [] },
  // A theme page's props hold the stories it lists, their number and its ideas (bundleTheme).
  each('theme', ROUTES.theme, (ids) => ids.themes, { card: 'theme', keyedBy: 'props' }),
  each('insight', ROUTES.insight, (ids) => ids.insights, { card: 'insight' }),
  {
    name: 'stories filtered',
    html: true,
    keyedBy: 'props',
    shape: ROUTES.storyFilter('*' as never, '*'),
    paths: (ids) => [
      ...KINDS.map((kind) => ROUTES.storyFilter('soort', kind)),
      ...TRACKS.map((track) => ROUTES.storyFilter('spoor', track)),
      ...ids.themes.map((id) => ROUTES.storyFilter('thema', id)),
    ],
  },
  // Page N of the story list ("/verhalen/2/"); "#" stands for a number.
  { name: 'stories page', html: true, shape: `${ROUTES.stories}#/`, paths: () => [], keyedBy: 'props' },
  each('story', ROUTES.story, (ids) => ids.stories, { card: 'story', keyedBy: 'props' }),
  each('chapter', ROUTES.chapter, (ids) => ids.chapters, { card: 'chapter' }),
  each('visual', ROUTES.visual, visualIds, { card: 'visual' }),
  ...(['csv', 'svg', 'png'] as const).map((format) =>
    each(`visual ${format}`, (id) => ROUTES.visualFile(id, format), visualIds, { html: false }),
  ),
  // A chart for other sites' frames: no share card, noindex, out of the sitemap (tests/embed/).
  each('embed', ROUTES.embed, visualIds, { html: false, keyedBy: 'everything' }),
  each('embed oembed', ROUTES.embedOembed, visualIds, { html: false }),
  each('follow-up status', ROUTES.followUpStatus, (ids) => ids.statuses ?? [], { card: 'followupStatus' }),
  each('follow-up theme', ROUTES.followUpTheme, (ids) => ids.themes),
  each('follow-up', ROUTES.followUp, (ids) => ids.followups ?? [], { card: 'followup' }),
  ...(['csv', 'json'] as const).map((format) =>
    each(`open data ${format}`, (name) => ROUTES.openDataFile(name, format), dataNames, { html: false, keyedBy: 'everything' }),
  ),
  each('page', ROUTES.page, (ids) => ids.pages),
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patternOf = (shape: string) => new RegExp(`^${escape(shape).replace(/\\\*/g, '[^/]+').replace(/#/g, '\\d+')}$`);
const patterns = new Map(PAGE_KINDS.map((kind) => [kind, patternOf(kind.shape)]));

/** The kind of a site path ("/themas/wonen/" → theme): the first kind whose shape it has. */
export function pageKindOf(sitePath: string): PageKind | undefined {
  return PAGE_KINDS.find((kind) => patterns.get(kind)!.test(sitePath));
}

/** The kind of the given name; a name the registry does not hold is a programming error. */
export function pageKindNamed(name: string): PageKind {
  const kind = PAGE_KINDS.find((candidate) => candidate.name === name);
  if (!kind) throw new Error(`page-kinds: er is geen soort pagina "${name}" (src/data/page-kinds.ts)`);
  return kind;
}

/** The kinds of HTML page, by name: what Lighthouse scores and the route tests expect in a build. */
export const HTML_PAGE_KINDS = PAGE_KINDS.filter((kind) => kind.html);

/** The kind of page a kind of card is for: the one with a page per id, else its one page (the site card's home page). */
const pageKindOfCard = (card: CardKind) =>
  PAGE_KINDS.find((kind) => kind.card === card && kind.pageOf) ?? PAGE_KINDS.find((kind) => kind.card === card);

/**
 * The folder of a kind of card below /deelkaarten/: the words of the URL of its pages
 * ("/opvolging/status/*\/" → "opvolging-status"); the site's own card, for the home page, in "site".
 */
export function cardFolderOf(card: CardKind): string {
  const kind = pageKindOfCard(card);
  if (!kind?.pageOf) return card;
  return kind.shape
    .split('/')
    .filter((part) => part !== '' && part !== '*')
    .join('-');
}

/** The page a card is for: its kind's page of the id ("theme", "wonen" → "/themas/wonen/"), or the home page for the site card. */
export function cardPageOf(card: CardKind, id: string): string {
  const kind = pageKindOfCard(card);
  if (!kind) throw new Error(`page-kinds: geen soort pagina heeft de kaart "${card}" (src/data/page-kinds.ts)`);
  return kind.pageOf ? kind.pageOf(id) : kind.shape;
}

/** Every site path content may link to, from the ids in the content folder (see PAGE_KINDS). */
export function listRoutes(ids: RouteIds): Set<string> {
  return new Set(PAGE_KINDS.flatMap((kind) => kind.paths(ids)));
}
