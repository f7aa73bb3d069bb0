/**
 * Browser glue for /zoeken/: Pagefind's component UI does the searching, announcing and
 * arrow-key navigation; this keeps the term in the URL (?q=) so a search can be shared
 * and the back button returns to it, and explains when search cannot load.
 */
import { readQuery, withQuery } from './query-url';
import { renderResult, type ResultData } from './result-template';

/** The part of Pagefind's component instance this page uses. */
interface SearchInstance {
  searchTerm: string;
  on(event: 'search', callback: (term: string) => void): void;
  on(event: 'error', callback: (error: { message: string }) => void): void;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  setTranslations(strings: Record<string, string>): void;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): SearchInstance } };
  }
}

function showUnavailable(root: HTMLElement): void {
  root.querySelector<HTMLElement>('[data-search-unavailable]')?.removeAttribute('hidden');
  root.querySelector<HTMLElement>('[data-search-ui]')?.setAttribute('hidden', '');
}

async function start(root: HTMLElement): Promise<void> {
  // Hidden in the HTML, so readers without JavaScript only see how to browse instead.
  root.querySelector<HTMLElement>('[data-search-ui]')?.removeAttribute('hidden');
  // The component script is a classic script; it has run by the time the page has loaded.
  if (!window.PagefindComponents && document.readyState !== 'complete') {
    await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  }
  if (!window.PagefindComponents) return showUnavailable(root);
  const instance = window.PagefindComponents.getInstanceManager().getInstance('default');
  instance.setTranslations(JSON.parse(root.dataset.translations ?? '{}') as Record<string, string>);
  const ideaType = root.dataset.ideaType ?? '';
  const results = root.querySelector<HTMLElement & { resultTemplate?: (result: ResultData) => string }>('pagefind-results');
  if (results) results.resultTemplate = (result) => renderResult(result, ideaType);
  instance.on('error', () => showUnavailable(root));
  // In faceted mode Pagefind lists everything once it has loaded; wait for that first,
  // so the term from the URL is the search that stays.
  await instance.triggerLoad();
  // replaceState, not pushState: every keystroke is a search, and the back button
  // should leave the page rather than step through half-typed words.
  instance.on('search', (term) => {
    const next = withQuery(location.href, term);
    if (next !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', next);
  });
  const searchUrlTerm = () => {
    const term = readQuery(location.href);
    if (term !== instance.searchTerm) instance.triggerSearch(term);
  };
  window.addEventListener('popstate', searchUrlTerm);
  window.addEventListener('pageshow', (event) => event.persisted && searchUrlTerm());
  searchUrlTerm();
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);
