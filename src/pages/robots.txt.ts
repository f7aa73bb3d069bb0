import type { APIRoute } from 'astro';
import { buildContext } from 'virtual:oogst/build-context';
import { urls } from '../data/urls.ts';

/**
 * Everything may be indexed; the sitemap tells crawlers what exists (its link carries the base
 * path). A preview build is for the editors: crawlers are asked to stay out altogether.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(
    buildContext.preview ? 'User-agent: *\nDisallow: /\n' : `User-agent: *\nAllow: /\n\nSitemap: ${new URL(urls.sitemap, site).href}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
