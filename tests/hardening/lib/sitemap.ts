import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Every page URL path listed in a built site's sitemap index and its sitemaps. */
export function readSitemapPaths(dist: string): string[] {
  const index = readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8');
  const paths: string[] = [];
  for (const sitemap of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = readFileSync(path.join(dist, new URL(sitemap[1] ?? '').pathname), 'utf8');
    for (const loc of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(loc[1] ?? '').pathname);
  }
  return paths;
}
