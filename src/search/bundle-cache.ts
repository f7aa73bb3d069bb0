import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * A cache of the last search bundle, keyed by a hash of everything that went into it.
 * When a build indexes exactly the same input again, the bundle is linked back from the
 * cache instead of being indexed anew: the files are the very bytes Pagefind wrote.
 * Only the newest bundle is kept; a site has one index, and old ones only take space.
 */

/** Links every file below `from` into `to` (copying where a link cannot be made), creating folders. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      linkTree(source, target);
      continue;
    }
    try {
      linkSync(source, target);
    } catch {
      // Another file system (EXDEV) or one without hard links: a copy gives the same bytes.
      copyFileSync(source, target);
    }
  }
}

/** Puts the cached bundle for `key` at `target` and returns true, or returns false when there is none. */
export function restoreBundle(cacheRoot: string, key: string, target: string): boolean {
  const cached = path.join(cacheRoot, key);
  if (!existsSync(path.join(cached, 'pagefind-entry.json'))) return false;
  rmSync(target, { recursive: true, force: true });
  linkTree(cached, target);
  return true;
}

/**
 * Keeps the bundle at `source` as the cached bundle for `key`, replacing older ones.
 * The bundle is written under a temporary name and renamed, so an interrupted build never
 * leaves a half bundle that a later build would take for a whole one.
 */
export function storeBundle(cacheRoot: string, key: string, source: string): void {
  mkdirSync(cacheRoot, { recursive: true });
  const partial = path.join(cacheRoot, `.partial-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });
  linkTree(source, partial);
  for (const name of readdirSync(cacheRoot)) {
    if (name !== path.basename(partial)) rmSync(path.join(cacheRoot, name), { recursive: true, force: true });
  }
  renameSync(partial, path.join(cacheRoot, key));
}
