/** The file /admin/ reads to know which entries have a page on the published site. */
export const PUBLISHED_PAGES_FILE = 'gepubliceerd.json';

/** What the CMS's link guard reads (src/cms/admin/live-site-guard.ts). */
export interface PublishedPages {
  /** The published site's address (site.yaml `baseUrl`), as the CMS's `site_url`. */
  siteUrl: string;
  /** Paths (with the base path) of the pages the CMS's "Bekijken op de live site" may open. */
  paths: string[];
}
