/** The URL parameter that carries the search term, as the header form sends it. */
export const QUERY_PARAM = 'q';

/**
 * The search filters in the order the filter pane shows them: what kind of page first,
 * then where it belongs. Their names are also their URL parameters (`?type=verhaal`).
 */
export const FILTER_ORDER = ['type', 'thema', 'spoor', 'regio', 'soort', 'status', 'herkomst'] as const;

/** Selected filter values by filter name, as Pagefind takes them. */
export type FilterSelection = Record<string, string[]>;

/** The search term in a URL, trimmed; empty when there is none. */
export function readQuery(href: string): string {
  return (new URL(href).searchParams.get(QUERY_PARAM) ?? '').trim();
}

/**
 * The filters in a URL, matched to the values the index knows regardless of case
 * (`?type=verhaal` selects "Verhaal"); unknown filters and values are left out.
 */
export function readFilters(href: string, known: Record<string, Record<string, number>>): FilterSelection {
  const params = new URL(href).searchParams;
  const selection: FilterSelection = {};
  for (const name of FILTER_ORDER) {
    const values = Object.keys(known[name] ?? {});
    const chosen = params.getAll(name).flatMap((wanted) => values.filter((value) => value.toLowerCase() === wanted.trim().toLowerCase()));
    if (chosen.length > 0) selection[name] = [...new Set(chosen)];
  }
  return selection;
}

/** Whether a URL chooses any filter (`?type=verhaal`), known to the index or not. */
export function hasFilters(href: string): boolean {
  const params = new URL(href).searchParams;
  return FILTER_ORDER.some((name) => params.has(name));
}

/**
 * The same URL with `term` and `filters` in it (empty ones left out), so a search
 * can be shared and the back button returns to it. Other parameters stay.
 */
export function withQuery(href: string, term: string, filters: FilterSelection = {}): string {
  const url = new URL(href);
  const ours = new Set<string>([QUERY_PARAM, ...FILTER_ORDER]);
  const params = new URLSearchParams();
  for (const [name, value] of url.searchParams) if (!ours.has(name)) params.append(name, value);
  if (term.trim()) params.set(QUERY_PARAM, term.trim());
  for (const name of FILTER_ORDER) {
    for (const value of [...(filters[name] ?? [])].sort()) params.append(name, value.toLowerCase());
  }
  url.search = params.toString();
  return url.pathname + url.search + url.hash;
}

/** Whether two filter selections choose the same values. */
export function sameFilters(a: FilterSelection, b: FilterSelection): boolean {
  const key = (selection: FilterSelection) => JSON.stringify(FILTER_ORDER.map((name) => [...(selection[name] ?? [])].sort()));
  return key(a) === key(b);
}

/**
 * Puts the filter groups of Pagefind's filter counts in FILTER_ORDER, in place (the
 * filter pane shows them in key order, which is alphabetical). Unknown groups go last.
 */
export function orderFilterGroups(filters: Record<string, unknown>): void {
  const rest = Object.keys(filters).filter((name) => !(FILTER_ORDER as readonly string[]).includes(name));
  for (const name of [...FILTER_ORDER, ...rest]) {
    if (!(name in filters)) continue;
    const value = filters[name];
    delete filters[name];
    filters[name] = value;
  }
}
