import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Top-level folders of a built site that never hold pages: Astro's hashed assets and Pagefind's
 * index (BUNDLE_DIR in pagefind.ts). At 5,000 stories they hold some 35,000 files, and walking them took a second per hook.
 */
export const ASSET_FOLDERS: ReadonlySet<string> = new Set(['_astro', 'pagefind']);

/**
 * Every HTML page of a built site, relative to `outDir` with `/` separators, sorted by code
 * point (the same order on every machine). Reads directory entries with their type, so no file
 * is stat'ed, and skips the asset folders.
 */
export function listBuiltHtml(outDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (prefix === '' && ASSET_FOLDERS.has(entry.name)) continue;
        walk(path.join(dir, entry.name), `${prefix}${entry.name}/`);
      } else if (entry.isFile() && entry.name.endsWith('.html')) {
        pages.push(prefix + entry.name);
      }
    }
  };
  walk(outDir, '');
  return pages.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
