/**
 * Browser glue for /zoeken/: Pagefind's component UI does the searching, announcing and
 * arrow-key navigation; this keeps the term and filters in the URL (?q=…&type=…) so a
 * search can be shared and the back button returns to it, and explains when search
 * cannot load. The component UI is bundled here, slimmed to Dutch and the components
 * this page uses (src/search/slim-component-ui.ts, applied by the pagefind integration).
 */
import { getInstanceManager } from '@pagefind/component-ui';
import { hasFilters, orderFilterGroups, readFilters, readQuery, sameFilters, withQuery, type FilterSelection } from './query-url.ts';
import { SEARCH_RANKING } from './ranking.ts';
import { renderResult, type ResultData } from './result-template.ts';

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

/**
 * Pagefind's filter data lists every record under every filter value: at thousands of
 * stories it is the biggest download of a search, and a first search does not need it.
 * When the page opens with a query and no filters, the filters wait until the reader asks
 * for them (the button in the filter column); the results come
 * first. The component UI asks Pagefind for all filters as soon as it has loaded, so
 * Pagefind's `filters()` answers "none yet" until they are wanted.
 */
function deferFilters(instance: Instance, button: HTMLButtonElement): void {
  type Filters = NonNullable<Instance['totalFilters']>;
  type Pagefind = { filters(): Promise<Filters> };
  // Private in the component UI's types; the instance sets it once Pagefind has loaded.
  const held = instance as unknown as { __pagefind__?: Pagefind };
  let wanted = false;
  let pagefind: Pagefind | undefined;
  let allFilters: () => Promise<Filters> = () => Promise.resolve({});
  Object.defineProperty(held, '__pagefind__', {
    configurable: true,
    get: () => pagefind,
    set: (value: Pagefind | undefined) => {
      pagefind = value;
      if (!value) return;
      allFilters = value.filters.bind(value);
      value.filters = () => (wanted ? allFilters() : Promise.resolve({}));
    },
  });
  const load = async () => {
    if (wanted) return;
    wanted = true;
    await instance.triggerLoad();
    // All filter data at once, as the component UI would have loaded it; searching again then shows the counts for this search.
    const all = await allFilters();
    instance.availableFilters = all;
    instance.totalFilters = all;
    instance.triggerSearchWithFilters(instance.searchTerm, instance.searchFilters);
    const focused = document.activeElement === button;
    button.hidden = true;
    // Keyboard users land on the first filter group rather than on the page.
    if (focused) requestAnimationFrame(() => button.parentElement?.querySelector<HTMLElement>('summary')?.focus());
  };
  button.addEventListener('click', () => void load());
  button.hidden = false;
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
  // A query in the URL is what the reader came for: neither the list of everything (faceted
  // mode's start) nor, unless the URL filters too, the filter data before its results.
  const opensWithQuery = readQuery(location.href) !== '';
  const showFilters = root.querySelector<HTMLButtonElement>('[data-search-show-filters]');
  if (opensWithQuery && !hasFilters(location.href) && showFilters) deferFilters(instance, showFilters);
  if (opensWithQuery) instance.faceted = false;
  // In faceted mode Pagefind lists everything once it has loaded; wait for that first,
  // so the search from the URL is the one that stays.
  await instance.triggerLoad();
  instance.faceted = true;
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
