import { t } from '../../i18n/t.ts';
import { PUBLISHED_PAGES_FILE, type PublishedPages } from '../published-pages-file.ts';

/**
 * Whether an address Sveltia wants to open is a page of the live site that does not exist: on the
 * published site's address, but not among the pages its build made (a draft, a new entry, a change
 * not yet merged). Other addresses (a deploy preview, the repository) are not the guard's business.
 */
export function isMissingLivePage(href: string, published: PublishedPages): boolean {
  let url: URL;
  let site: URL;
  try {
    url = new URL(href);
    site = new URL(published.siteUrl);
  } catch {
    return false;
  }
  const base = site.pathname.replace(/\/+$/, '');
  if (url.origin !== site.origin || !(url.pathname === `${base}/` || url.pathname.startsWith(`${base}/`))) return false;
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return !published.paths.includes(path);
}

/**
 * Keeps "Bekijken op de live site" from sending editors to a production address that does not
 * exist for the entry: Sveltia opens its links with window.open, so that is where the guard stands.
 * The list of published pages is a small file next to the CMS, read once in the background; until
 * it is there (or when it cannot be read) links open as Sveltia means them.
 */
export function guardLiveSiteLinks(): void {
  let published: PublishedPages | undefined;
  void fetch(new URL(PUBLISHED_PAGES_FILE, document.baseURI))
    .then((response) => (response.ok ? (response.json() as Promise<PublishedPages>) : undefined))
    .then((pages) => void (published = pages))
    .catch(() => undefined);
  const open = window.open.bind(window);
  window.open = (url?: string | URL, target?: string, features?: string) => {
    if (published && url !== undefined && isMissingLivePage(String(url), published)) {
      window.alert(t('cms.notOnLiveSite'));
      return null;
    }
    return open(url, target, features);
  };
}
