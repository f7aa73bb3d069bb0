/**
 * Every route of the site, in one place: pages, components, cards, search, feeds, the sitemap,
 * the check and the tests ask this module (or src/data/urls.ts, which adds the build's base
 * path) and write no route of their own.
 *
 * Two layers:
 * - `ROUTES` gives a resource's *site path*: the path below the site's root, the same whatever
 *   path the site is published under ("/themas/wonen/"). Files in `dist/` are at these paths,
 *   content links are written as these paths, the check and the card plan key on them.
 * - `urlsFor(basePath)` (and `withBase`) gives the *link*: the site path with the base path of
 *   the site's address in front ("/dialoog/themas/wonen/" for `baseUrl: https://example.nl/dialoog`).
 *   Everything a browser or crawler follows (href, src, action, Pagefind's bundle path,
 *   feed items, canonical, og:image) is a link.
 *
 * This module reads nothing: the base path comes from the build context (src/config/build-context.ts),
 * which the site's pages get through src/data/urls.ts and the integrations and scripts as an argument.
 */
import { basePathOf } from '../config/base-path.ts';

export { basePathOf };

/** The follow-up pages and feed. */
export const FOLLOW_UP_PATHS = {
  overview: '/opvolging/',
  feed: '/opvolging/rss.xml',
  /** One follow-up, e.g. "/opvolging/perspectief-juli-2021/". */
  entry: (slug: string) => `/opvolging/${slug}/`,
  /** The list filtered by status, e.g. "/opvolging/status/uitgevoerd/". */
  status: (status: string) => `/opvolging/status/${status}/`,
  /** The list filtered by theme, e.g. "/opvolging/thema/wonen/". */
  theme: (theme: string) => `/opvolging/thema/${theme}/`,
} as const;

/** Slugs of the charts computed from the follow-ups; they join the visuals on /cijfers/ when there are follow-ups. */
export const FOLLOW_UP_VISUALS = { byStatus: 'opvolging-per-status', byTheme: 'opvolging-per-thema' } as const;

/** Names of the open data files made from the content; each chart adds "grafiek-<slug>". */
export const OPEN_DATA_NAMES = {
  tables: 'dialoogtafels',
  ideas: 'ideeen',
  themes: 'themas',
  insights: 'inzichten',
  followUps: 'opvolging',
  followUpSteps: 'opvolging-stappen',
  sources: 'bronnen',
  /** The file of a chart's numbers. */
  visual: (slug: string) => `grafiek-${slug}`,
} as const;

/** The open data page and its files. */
export const OPEN_DATA_PATHS = {
  page: '/open-data/',
  dataPackage: '/open-data/datapackage.json',
  /** The DCAT-AP-NL catalogue of the same files, for data.overheid.nl to harvest (src/open-data/dcat.ts). */
  catalogue: '/open-data/catalogus.jsonld',
  catalogueTurtle: '/open-data/catalogus.ttl',
  /** A data file, e.g. "/open-data/opvolging.csv". */
  file: (name: string, format: 'csv' | 'json') => `/open-data/${name}.${format}`,
} as const;

/** The story lists filtered by one dimension: "/verhalen/soort/knel/". */
export type StoryDimension = 'soort' | 'spoor' | 'thema';

/** The files a chart is published as besides its page. */
export type VisualFormat = 'svg' | 'png' | 'csv';

/** Folder of the embed pages: the one place other sites may frame (src/integrations/security.ts). */
export const EMBED_FOLDER = 'insluiten';

/** The anchors pages give their parts, for links to a part: one place for the page and the link. */
export const ANCHORS = {
  /** A chart on /cijfers/ and wherever it is shown: "grafiek-deelname". */
  visual: (slug: string) => `grafiek-${slug}`,
  /** A dialogue table's row on /dialoogtafels/: its id in lower case ("t05"). */
  table: (id: string) => id.toLowerCase(),
} as const;

/** Folder of the share cards, below the site's root. */
const CARDS = '/deelkaarten/';

/** Site paths of every page, feed and file the site publishes (without the base path). */
export const ROUTES = {
  home: '/',
  themes: '/themas/',
  /** A theme's page, e.g. "/themas/wonen/". */
  theme: (id: string) => `/themas/${id}/`,
  insights: '/inzichten/',
  insight: (id: string) => `/inzichten/${id}/`,
  /** All stories; page N of the list is "/verhalen/N/". */
  stories: '/verhalen/',
  story: (id: string) => `/verhalen/${id}/`,
  /** Stories of one kind, track or theme, e.g. "/verhalen/spoor/burgers/". */
  storyFilter: (dimension: StoryDimension, value: string) => `/verhalen/${dimension}/${value}/`,
  /** The final product ("eindproduct"): its chapters and the whole text on one page. */
  chapters: '/eindproduct/',
  chapter: (id: string) => `/eindproduct/${id}/`,
  wholeProduct: '/eindproduct/alles/',
  /** The final product as a PDF/UA document, e.g. "/eindproduct/nederland-na-de-crisis.pdf". */
  productPdf: (name: string) => `/eindproduct/${name}.pdf`,
  /** The charts ("cijfers") and each chart's page and files. */
  visuals: '/cijfers/',
  visual: (id: string) => `/cijfers/${id}/`,
  visualFile: (id: string, format: VisualFormat) => `/cijfers/${id}.${format}`,
  /** A chart's place on the overview, e.g. "/cijfers/#grafiek-deelname". */
  visualOnOverview: (id: string) => `/cijfers/#${ANCHORS.visual(id)}`,
  /** The folder of the embed pages: no page of its own, but no content may take its address. */
  embeds: `/${EMBED_FOLDER}/`,
  /** A chart on a page of its own for other sites to frame, without the site's header and footer. */
  embed: (id: string) => `/${EMBED_FOLDER}/${id}/`,
  /** The chart's oEmbed document, which its page names for consumers such as WordPress. */
  embedOembed: (id: string) => `/${EMBED_FOLDER}/${id}/oembed.json`,
  /** The dialogue tables; each table has an anchor of its lower-case id. */
  tables: '/dialoogtafels/',
  table: (id: string) => `/dialoogtafels/#${ANCHORS.table(id)}`,
  faq: '/veelgestelde-vragen/',
  /** The sources the site's facts come from; each source has an anchor of its id. */
  sources: '/bronnen/',
  source: (id: string) => `/bronnen/#${id}`,
  /** A plain page (about, accessibility, privacy) at the top level, e.g. "/over/". */
  page: (id: string) => `/${id}/`,
  /** The axe report (EARL) the accessibility statement links; a file at the root, so no page id can take its address. */
  accessibilityEvidence: '/axe-rapport.jsonld',
  followUps: FOLLOW_UP_PATHS.overview,
  followUpFeed: FOLLOW_UP_PATHS.feed,
  followUp: FOLLOW_UP_PATHS.entry,
  followUpStatus: FOLLOW_UP_PATHS.status,
  followUpTheme: FOLLOW_UP_PATHS.theme,
  openData: OPEN_DATA_PATHS.page,
  dataPackage: OPEN_DATA_PATHS.dataPackage,
  dataCatalogue: OPEN_DATA_PATHS.catalogue,
  dataCatalogueTurtle: OPEN_DATA_PATHS.catalogueTurtle,
  openDataFile: OPEN_DATA_PATHS.file,
  /** The share-card gallery, its manifest for the social team's tools, images, own pages per kind and zips. */
  cards: CARDS,
  cardManifest: '/deelkaarten.json',
  /** A card image, e.g. cardImage("themas", "wonen-1200x630") → "/deelkaarten/themas/wonen-1200x630.png". */
  cardImage: (folder: string, name: string) => `${CARDS}${folder}/${name}.png`,
  /** A kind's own gallery pages: "/deelkaarten/verhalen/", page 2 "/deelkaarten/verhalen/2/". */
  cardGallery: (folder: string, page = 1) => `${CARDS}${folder}/${page > 1 ? `${page}/` : ''}`,
  /** A zip of cards, e.g. "/deelkaarten/alle-deelkaarten.zip". */
  cardZip: (name: string) => `${CARDS}${name}.zip`,
  /** The search page (with `?q=` for a query) and the folder of Pagefind's bundle. */
  search: '/zoeken/',
  searchBundle: '/pagefind/',
  /** The palette of site.yaml as a stylesheet. */
  colours: '/kleuren.css',
  favicon: '/favicon.svg',
  rss: '/rss.xml',
  sitemap: '/sitemap-index.xml',
  robots: '/robots.txt',
  securityTxt: '/.well-known/security.txt',
  /** The not-found page as a file; hosts serve it for every path that does not exist. */
  notFound: '/404.html',
  /** The CMS for editors. */
  admin: '/admin/',
} as const;

/** The link to a site path: "/themas/wonen/" → "/dialoog/themas/wonen/" under a base path, itself at a domain's root. */
export function withBase(sitePath: string, basePath: string): string {
  return `${basePath}${sitePath}`;
}

/** The site path of a link (`Astro.url.pathname`): "/dialoog/themas/wonen/" → "/themas/wonen/". */
export function toSitePath(link: string, basePath: string): string {
  if (!basePath || (link !== basePath && !link.startsWith(`${basePath}/`))) return link;
  return link.slice(basePath.length) || '/';
}

/** The full address of a site path: site.yaml's `baseUrl` (which holds the base path) and the path. */
export function absoluteUrl(baseUrl: string, sitePath: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${sitePath}`;
}

type Linked<T> = { readonly [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string };

/** `ROUTES` as links: each value with the base path in front. */
function linked<T extends Record<string, string | ((...args: never[]) => string)>>(routes: T, basePath: string): Linked<T> {
  return Object.fromEntries(
    Object.entries(routes).map(([key, route]) => [
      key,
      typeof route === 'string' ? withBase(route, basePath) : (...args: never[]) => withBase(route(...args), basePath),
    ]),
  ) as Linked<T>;
}

/** Links of a site under a base path, for href, src and action: `urlsFor('/dialoog').theme('wonen')`. */
export function urlsFor(basePath: string): Linked<typeof ROUTES> {
  return linked(ROUTES, basePath);
}
