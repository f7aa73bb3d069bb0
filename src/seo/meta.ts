import type { OgImage } from '../cards/card-plan.ts';

/** The share image of a page, as the cards module produces it. */
export type { OgImage };

/** Everything a page says about itself to browsers, search engines and link previews. */
export interface PageMeta {
  title: string;
  description: string;
  /** Absolute canonical URL. */
  canonical: string;
  siteName: string;
  ogType: 'website' | 'article';
  image?: OgImage | undefined;
  /** Absolute URL of the image (og:image must be absolute). */
  imageUrl?: string | undefined;
}

/** "Page title | Site name", except on the home page where the site name stands alone. */
export function composeTitle(pageTitle: string, siteName: string): string {
  return pageTitle === siteName ? siteName : `${pageTitle} | ${siteName}`;
}

/** Meta and link tags as name/value pairs, in one place so a test can check them. */
export function buildMetaTags(meta: PageMeta): { property?: string; name?: string; content: string }[] {
  const tags: { property?: string; name?: string; content: string }[] = [
    { name: 'description', content: meta.description },
    { property: 'og:type', content: meta.ogType },
    { property: 'og:site_name', content: meta.siteName },
    { property: 'og:locale', content: 'nl_NL' },
    { property: 'og:title', content: meta.title },
    { property: 'og:description', content: meta.description },
    { property: 'og:url', content: meta.canonical },
    { name: 'twitter:card', content: meta.image ? 'summary_large_image' : 'summary' },
    { name: 'twitter:title', content: meta.title },
    { name: 'twitter:description', content: meta.description },
  ];
  if (meta.image && meta.imageUrl) {
    tags.push(
      { property: 'og:image', content: meta.imageUrl },
      { property: 'og:image:type', content: 'image/png' },
      { property: 'og:image:width', content: String(meta.image.width) },
      { property: 'og:image:height', content: String(meta.image.height) },
      { property: 'og:image:alt', content: meta.image.alt },
      { name: 'twitter:image', content: meta.imageUrl },
      { name: 'twitter:image:alt', content: meta.image.alt },
    );
  }
  return tags;
}
