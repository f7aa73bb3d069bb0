import { unmarkCompounds } from './compound-split.ts';

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
  /** Every element with an id in the record, in order; for a group of ideas, its ideas. */
  anchors?: { id: string; text: string }[];
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
 * it has one (decorative: the link beside it names the page). Ideas have no title of
 * their own: a record holds a few ideas (src/search/idea-records.ts), and each idea that
 * matches, with the matches marked, is a link to it on its theme page.
 */
export function renderResult(result: ResultData, ideaType: string): string {
  const type = result.filters?.type?.[0] ?? '';
  const isIdea = type === ideaType;
  const typeLine = [type, ...(isIdea ? [result.filters?.soort?.[0], result.filters?.thema?.[0]] : [])].filter(Boolean).join(' · ');
  const image = result.meta.image
    ? `<img class="oogst-result__image" src="${safeUrl(result.meta.image)}" alt="" width="80" height="80" loading="lazy">`
    : '';
  const body = isIdea ? renderIdeas(result) : renderPage(result);
  return `<li class="oogst-result">${image}<div class="oogst-result__body">${
    typeLine ? `<p class="oogst-result__type">${escapeHtml(typeLine)}</p>` : ''
  }${body}</div></li>`;
}

function renderPage(result: ResultData): string {
  const excerpt = unmarkCompounds(result.excerpt);
  const title = `<p class="oogst-result__title"><a href="${safeUrl(result.meta.url ?? result.url)}">${escapeHtml(result.meta.title ?? result.url)}</a></p>`;
  return `${title}${excerpt ? `<p class="oogst-result__excerpt">${excerpt}</p>` : ''}${renderSections(result)}`;
}

/**
 * The ideas of a record that match, the first as the result's title and up to three more
 * below it. Without a search term (filters only) nothing matches: then every idea of the
 * record is listed, so browsing by filters shows them all.
 */
function renderIdeas(result: ResultData): string {
  const link = (url: string, html: string) => `<a href="${safeUrl(url)}">${html}</a>`;
  const list = (items: string[]) =>
    items.length > 0 ? `<ul class="oogst-result__sections">${items.map((item) => `<li>${item}</li>`).join('')}</ul>` : '';
  const [first, ...more] = (result.sub_results ?? []).filter((idea) => idea.excerpt);
  if (first) {
    return `<p class="oogst-result__title">${link(first.url, unmarkCompounds(first.excerpt))}</p>${list(
      more.slice(0, MAX_SECTIONS).map((idea) => link(idea.url, unmarkCompounds(idea.excerpt))),
    )}`;
  }
  const url = result.meta.url ?? result.url;
  const [head, ...rest] = (result.anchors ?? []).map((anchor) =>
    link(`${url.replace(/#.*$/, '')}#${anchor.id}`, escapeHtml(unmarkCompounds(anchor.text))),
  );
  return `<p class="oogst-result__title">${head ?? link(url, unmarkCompounds(result.excerpt))}</p>${list(rest)}`;
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
