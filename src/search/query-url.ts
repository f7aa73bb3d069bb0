/** The URL parameter that carries the search term, as the header form sends it. */
export const QUERY_PARAM = 'q';

/** The search term in a URL, trimmed; empty when there is none. */
export function readQuery(href: string): string {
  return (new URL(href).searchParams.get(QUERY_PARAM) ?? '').trim();
}

/**
 * The same URL with `term` as its query, or without one when the term is empty, so
 * a search can be shared and the back button returns to it. Other parameters stay.
 */
export function withQuery(href: string, term: string): string {
  const url = new URL(href);
  const trimmed = term.trim();
  if (trimmed) url.searchParams.set(QUERY_PARAM, trimmed);
  else url.searchParams.delete(QUERY_PARAM);
  return url.pathname + url.search + url.hash;
}
