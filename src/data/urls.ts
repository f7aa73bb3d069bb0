/**
 * URLs of the follow-ups ("Wat is ermee gedaan?") and the open data, in one place: pages, cards,
 * the feed, the check and the tests use these. (Older sections still write their URLs inline.)
 */

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
  /** The file of a chart's numbers. */
  visual: (slug: string) => `grafiek-${slug}`,
} as const;

/** The open data page and its files. */
export const OPEN_DATA_PATHS = {
  page: '/open-data/',
  dataPackage: '/open-data/datapackage.json',
  /** A data file, e.g. "/open-data/opvolging.csv". */
  file: (name: string, format: 'csv' | 'json') => `/open-data/${name}.${format}`,
} as const;
