import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Every page's site path listed in a built site's sitemap index and its sitemaps (without the base path, which every entry must carry). */
export function readSitemapPaths(dist: string, basePath = ''): string[] {
  const sitePath = (url: string) => {
    const { pathname } = new URL(url);
    if (!pathname.startsWith(`${basePath}/`)) throw new Error(`${url} in de sitemap mist het basispad ${basePath}/`);
    return pathname.slice(basePath.length);
  };
  const index = readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8');
  const paths: string[] = [];
  for (const sitemap of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = readFileSync(path.join(dist, sitePath(sitemap[1] ?? '')), 'utf8');
    for (const loc of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(sitePath(loc[1] ?? ''));
  }
  return paths;
}
