import { unmarkCompounds } from './compound-split';

/**
 * How one search result looks. `<pagefind-results>` calls this for every result it
 * loads, with Pagefind's result data, so the type (a filter, not searchable text) and
 * for ideas their kind and theme can be shown; Pagefind's own template cannot read filters.
 */

/** The fields of a loaded Pagefind result that the template uses. */
export interface ResultData {
  url: string;
  /** Pagefind's excerpt: escaped text with `<mark>` around the matches. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  /** Sections of the page (headings with an id) that match, the page itself first. */
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** At most this many matching sections under a result, as Pagefind's own template does. */
const MAX_SECTIONS = 3;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Only site-relative and http(s) URLs; anything else (javascript:, data:) becomes "#". */
function safeUrl(url: string): string {
  return /^(\/(?!\/)|https?:\/\/)/i.test(url) ? escapeHtml(url) : '#';
}

/**
 * The HTML of one result: type line, title link, excerpt, and the page's picture when
 * it has one (decorative: the link beside it names the page). An idea has no title of
 * its own, so its text, with the matches marked, is the link.
 */
export function renderResult(result: ResultData, ideaType: string): string {
  const excerpt = unmarkCompounds(result.excerpt);
  const type = result.filters?.type?.[0] ?? '';
  const isIdea = type === ideaType;
  const typeLine = [type, ...(isIdea ? [result.filters?.soort?.[0], result.filters?.thema?.[0]] : [])].filter(Boolean).join(' · ');
  const href = safeUrl(result.meta.url ?? result.url);
  const title = isIdea ? excerpt : escapeHtml(result.meta.title ?? result.url);
  const image = result.meta.image
    ? `<img class="oogst-result__image" src="${safeUrl(result.meta.image)}" alt="" width="80" height="80" loading="lazy">`
    : '';
  return `<li class="oogst-result">${image}<div class="oogst-result__body">${
    typeLine ? `<p class="oogst-result__type">${escapeHtml(typeLine)}</p>` : ''
  }<p class="oogst-result__title"><a href="${href}">${title}</a></p>${
    !isIdea && excerpt ? `<p class="oogst-result__excerpt">${excerpt}</p>` : ''
  }${renderSections(result)}</div></li>`;
}

/** Links to the matching sections of a long page (a question on the FAQ page, a part of a chapter). */
function renderSections(result: ResultData): string {
  const pageUrl = result.meta.url ?? result.url;
  const sections = (result.sub_results ?? []).filter((section) => section.url !== pageUrl).slice(0, MAX_SECTIONS);
  if (sections.length === 0) return '';
  const items = sections.map((section) => `<li><a href="${safeUrl(section.url)}">${escapeHtml(unmarkCompounds(section.title))}</a></li>`);
  return `<ul class="oogst-result__sections">${items.join('')}</ul>`;
}

/** Shown while a result loads; hidden from assistive technology. */
export const PLACEHOLDER_TEMPLATE = `<li class="oogst-result oogst-result--loading" aria-hidden="true"><div class="oogst-result__body"><p class="oogst-result__title">&nbsp;</p><p class="oogst-result__excerpt">&nbsp;</p></div></li>`;
