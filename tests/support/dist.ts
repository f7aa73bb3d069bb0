import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isAdminFile } from '../../src/cms/admin-folder.ts';

/** The built default site; `npm test` builds it before the tests run. */
export const DIST = path.resolve(process.env.OOGST_DIST ?? 'dist');

/** Fails early with a helpful message when the site was not built. */
export function assertBuilt(dist = DIST): void {
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`Geen gebouwde site in ${dist}: run "npm run build" first (npm test does this for you).`);
  }
}

/** Every file below `dir`, as paths relative to it, sorted. */
export function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
    })
    .sort();
}

/** Every file of the built site that belongs to the site itself: not the CMS at /admin/, which tests/cms/ checks. */
export function listSiteFiles(dist = DIST): string[] {
  return listFiles(dist).filter((file) => !isAdminFile(file));
}

/** Every HTML page of a built site, with its URL path; the CMS at /admin/ is an application, not a page. */
export function listPages(dist = DIST): { file: string; url: string }[] {
  return listSiteFiles(dist)
    .filter((file) => file.endsWith('.html') && !file.startsWith('_'))
    .map((file) => ({ file, url: '/' + file.replace(/index\.html$/, '').replace(/\.html$/, '') }));
}

/** The text of a built file. */
export function readBuilt(file: string, dist = DIST): string {
  return readFileSync(path.join(dist, file), 'utf8');
}
