import path from 'node:path';
import { entryFileIn } from '../collections/entry-file.ts';
import { ROUTES } from '../data/routes.ts';
import { ENTRY_PAGE } from './reserved-names.ts';

/** One entry of a content collection, as a page names it. */
export interface PageEntry {
  collection: string;
  id: string;
}

const ANY_ID = '\u0000';

/** The addresses made from one entry besides its page: a chart's files and its embed page. */
const ENTRY_FILES: readonly (readonly [string, (id: string) => string])[] = [
  ['visuals', (id) => ROUTES.visualFile(id, 'svg')],
  ['visuals', (id) => ROUTES.visualFile(id, 'png')],
  ['visuals', (id) => ROUTES.visualFile(id, 'csv')],
  ['visuals', ROUTES.embed],
  ['visuals', ROUTES.embedOembed],
];

/**
 * The entries whose page or file a site path may be, most specific first: "/verhalen/x/" →
 * stories/x, "/cijfers/x.png" → visuals/x, "/over/" → pages/over. Several when shapes overlap
 * (a plain page's "/<id>/"), so the caller keeps the one that exists. From the URL module, never a
 * list of its own.
 */
export function entriesOfSitePath(sitePath: string): PageEntry[] {
  const shapes = [...Object.entries(ENTRY_PAGE), ...ENTRY_FILES];
  const found: PageEntry[] = [];
  for (const [collection, route] of shapes) {
    const [prefix, suffix] = route(ANY_ID).split(ANY_ID) as [string, string];
    if (sitePath.length <= prefix.length + suffix.length || !sitePath.startsWith(prefix) || !sitePath.endsWith(suffix)) continue;
    const id = sitePath.slice(prefix.length, sitePath.length - suffix.length);
    if (!id.includes('/')) found.push({ collection, id });
  }
  return found.sort((a, b) => Number(a.collection === 'pages') - Number(b.collection === 'pages'));
}

/** The content file a page or file of the site was made from (see entriesOfSitePath), or undefined. */
export function sourceOfSitePath(sitePath: string, contentDir: string): string | undefined {
  for (const { collection, id } of entriesOfSitePath(sitePath)) {
    const file = entryFileIn(contentDir, collection, id);
    if (file) return file;
  }
  return undefined;
}

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
  return sourceOfSitePath(sitePath, contentDir);
}
