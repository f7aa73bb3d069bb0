import { existsSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_TABLE } from '../collections/collection-table.ts';
import { ENTRY_PAGE } from './reserved-names.ts';

/**
 * The content file a built page was made from, so a build step that fails on a page can name
 * the file the editor must fix: "verhalen/x/index.html" → "stories/x.mdx". Undefined for pages
 * that no single entry makes (lists, search, open data).
 */
export function sourceOfPage(builtFile: string, contentDir: string): string | undefined {
  const sitePath = `/${builtFile
    .split(path.sep)
    .join('/')
    .replace(/index\.html$/, '')}`;
  for (const [collection, page] of Object.entries(ENTRY_PAGE)) {
    const [prefix, suffix] = page('\u0000').split('\u0000') as [string, string];
    if (!sitePath.startsWith(prefix) || !sitePath.endsWith(suffix)) continue;
    const id = sitePath.slice(prefix.length, sitePath.length - suffix.length);
    if (!id || id.includes('/')) continue;
    const table = COLLECTION_TABLE[collection as keyof typeof COLLECTION_TABLE];
    if (table.kind !== 'folder') continue;
    for (const extension of table.extensions) {
      const file = path.join(contentDir, table.folder, `${id}.${extension}`);
      if (existsSync(file)) return path.relative(process.cwd(), file).split(path.sep).join('/');
    }
  }
  return undefined;
}
