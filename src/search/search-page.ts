/**
 * Browser glue for /zoeken/: Pagefind's component UI does the searching, announcing and
 * arrow-key navigation; this keeps the term and filters in the URL (?q=…&type=…) so a
 * search can be shared and the back button returns to it, and explains when search
 * cannot load. The component UI is bundled here, slimmed to Dutch and the components
 * this page uses (src/search/slim-component-ui.ts, applied by the pagefind integration).
 */
import { getInstanceManager } from '@pagefind/component-ui';
import { orderFilterGroups, readFilters, readQuery, sameFilters, withQuery, type FilterSelection } from './query-url';
import { SEARCH_RANKING } from './ranking';
import { renderResult, type ResultData } from './result-template';

type Instance = ReturnType<ReturnType<typeof getInstanceManager>['getInstance']>;

function showUnavailable(root: HTMLElement): void {
  root.querySelector<HTMLElement>('[data-search-unavailable]')?.removeAttribute('hidden');
  root.querySelector<HTMLElement>('[data-search-ui]')?.setAttribute('hidden', '');
}

/**
 * The filter pane shows groups in the order Pagefind lists them, which is alphabetical.
 * Every filter count passes through the instance's dispatch before any component sees
 * it, so the groups are put in reading order there.
 */
function orderFiltersOnDispatch(instance: Instance): void {
  const dispatch = instance.__dispatch__.bind(instance);
  instance.__dispatch__ = (event, ...args) => {
    if (event === 'filters') {
      const { available, total } = args[0] as { available?: Record<string, unknown>; total?: Record<string, unknown> | null };
      if (available) orderFilterGroups(available);
      if (total) orderFilterGroups(total);
    }
    dispatch(event, ...args);
  };
}

async function start(root: HTMLElement): Promise<void> {
  // Hidden in the HTML, so readers without JavaScript only see how to browse instead.
  root.querySelector<HTMLElement>('[data-search-ui]')?.removeAttribute('hidden');
  const instance = getInstanceManager().getInstance('default');
  // Before Pagefind loads (it starts at once, for <pagefind-config preload>): the options go to createInstance.
  instance.pagefindOptions = { ...instance.pagefindOptions, ranking: SEARCH_RANKING };
  orderFiltersOnDispatch(instance);
  instance.setTranslations(JSON.parse(root.dataset.translations ?? '{}') as Record<string, string>);
  const ideaType = root.dataset.ideaType ?? '';
  const results = root.querySelector<HTMLElement & { resultTemplate?: (result: ResultData) => string }>('pagefind-results');
  if (results) results.resultTemplate = (result) => renderResult(result, ideaType);
  let failed = false;
  instance.on('error', () => {
    failed = true;
    showUnavailable(root);
  });
  // In faceted mode Pagefind lists everything once it has loaded; wait for that first,
  // so the search from the URL is the one that stays.
  await instance.triggerLoad();
  if (failed) return;
  // replaceState, not pushState: every keystroke is a search, and the back button
  // should leave the page rather than step through half-typed words.
  instance.on('search', (term, filters) => {
    const next = withQuery(location.href, term as string, filters as FilterSelection);
    if (next !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', next);
  });
  const searchFromUrl = () => {
    const term = readQuery(location.href);
    const filters = readFilters(location.href, (instance.totalFilters ?? {}) as Record<string, Record<string, number>>);
    if (term !== instance.searchTerm || !sameFilters(filters, instance.searchFilters)) instance.triggerSearchWithFilters(term, filters);
  };
  window.addEventListener('popstate', searchFromUrl);
  window.addEventListener('pageshow', (event) => event.persisted && searchFromUrl());
  searchFromUrl();
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);
