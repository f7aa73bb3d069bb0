/**
 * What other sites paste to show a chart: the iframe of its embed page, a plain image with a
 * link for places that take no iframes, and the oEmbed document that lets consumers such as
 * WordPress find the iframe themselves. Plain functions of plain data, so the chart pages, the
 * oEmbed endpoint and the tests make the same code.
 */

/** The width the embed page is laid out for at most (the wide chart layout is 720 units). */
export const EMBED_WIDTH = 720;

/** What the codes need to know about one chart, with absolute addresses. */
export interface EmbedTarget {
  title: string;
  /** The chart's alt text: what the image fallback says when the image does not load. */
  alt: string;
  /** The embed page, e.g. https://example.nl/insluiten/deelname/. */
  embedUrl: string;
  /** The chart's page on the site, e.g. https://example.nl/cijfers/deelname/. */
  pageUrl: string;
  /** The chart as PNG, and its size in CSS pixels. */
  imageUrl: string;
  image: { width: number; height: number };
  /** The PNG's own size in pixels (drawn at a multiple of `image` for sharp phone screens). */
  thumbnail: { width: number; height: number };
  /** The frame's starting height; the embed page's script corrects it once it runs. */
  height: number;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The frame's accessible name: a reader hears what is inside before entering it. */
export const frameTitle = (title: string, label: string) => `${label}: ${title}`;

/**
 * The iframe code. Width 100% up to the layout width, no border; `loading="lazy"` so a long
 * article does not load charts far below. No script: the frame's height follows the content when
 * the host listens to Datawrapper's or WordPress's height messages, and is a fair guess otherwise.
 */
export function iframeCode(target: EmbedTarget, frameLabel: string): string {
  return (
    `<iframe src="${escapeAttribute(target.embedUrl)}" title="${escapeAttribute(frameTitle(target.title, frameLabel))}"` +
    ` width="${EMBED_WIDTH}" height="${target.height}" loading="lazy"` +
    ` style="width:100%;max-width:${EMBED_WIDTH}px;border:0"></iframe>`
  );
}

/** The fallback: the chart's PNG with its alt text, linked to its page (where the table and source are). */
export function imageCode(target: EmbedTarget): string {
  return (
    `<a href="${escapeAttribute(target.pageUrl)}"><img src="${escapeAttribute(target.imageUrl)}" alt="${escapeAttribute(target.alt)}"` +
    ` width="${target.image.width}" height="${target.image.height}" style="max-width:100%;height:auto"></a>`
  );
}

/** The oEmbed 1.0 response of a chart (type "rich": the html is the iframe). */
export interface OembedDocument {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** The oEmbed document: the iframe code with its size and the PNG as thumbnail. */
export function oembedDocument(target: EmbedTarget, provider: { name: string; url: string }, frameLabel: string): OembedDocument {
  return {
    version: '1.0',
    type: 'rich',
    title: target.title,
    provider_name: provider.name,
    provider_url: provider.url,
    html: iframeCode(target, frameLabel),
    width: EMBED_WIDTH,
    height: target.height,
    thumbnail_url: target.imageUrl,
    thumbnail_width: target.thumbnail.width,
    thumbnail_height: target.thumbnail.height,
  };
}

/** The outer size of a standalone SVG (its width and height attributes). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('de grafiek als SVG heeft geen breedte en hoogte');
  return { width: Math.round(width), height: Math.round(height) };
}

/**
 * A starting height for the frame at the full layout width: the chart scaled to the page's
 * width plus the text around it (title, caption, source, the table's switch, licence and link).
 * Measured in Chromium against the real page by tests/embed/.
 */
export function estimateEmbedHeight(chart: { width: number; height: number }, text: { title: string; caption: string }): number {
  const inner = EMBED_WIDTH - 2 * EMBED_PADDING;
  const lines = (chars: number, perLine: number) => Math.max(1, Math.ceil(chars / perLine));
  const title = lines(text.title.length, 52) * 29;
  const caption = lines(text.caption.length, 90) * 24;
  return Math.round((chart.height * inner) / chart.width + title + caption + EMBED_FIXED_TEXT);
}

/** Padding of the embed page's content, in CSS pixels (src/embed/embed-style.ts uses it). */
export const EMBED_PADDING = 16;

/** Height of the text whose length does not vary: source, the table's switch, the links, the gaps. */
const EMBED_FIXED_TEXT = 150;
