/**
 * How Pagefind ranks results on the search page, beside its defaults. Pagefind divides a
 * word's weight by the length of the page (BM25); at its default (0.75) a one-line record
 * that mentions a word once outranks the story or theme page that is about it. Less length
 * normalisation lets what a page says, where it says it (titles and headings weigh more)
 * and how often decide. The ten-query test (tests/search/relevance.test.ts) holds it to that.
 */
export const SEARCH_RANKING = { pageLength: 0.35 } as const;
