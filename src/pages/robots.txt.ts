import type { APIRoute } from 'astro';
import { urls } from '../data/urls.ts';

/** Everything may be indexed; the sitemap tells crawlers what exists (its link carries the base path). */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(urls.sitemap, site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
