import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What a build writes inside the project folder: each view has its own, so builds in different views cannot meet. */
const WRITTEN_AT_TOP = new Set(['.astro', 'dist', 'dist-archief', 'test-results']);
/** Vite's dependency cache and Astro's default cache folder, inside node_modules: also each view's own. */
const WRITTEN_IN_NODE_MODULES = new Set(['.astro', '.vite']);

/**
 * A folder that Astro takes for the project: every file and folder of the project is a link to
 * the project's own (sources, configuration, `node_modules` package by package, `.git` for the
 * build date), but `.astro/` (the content modules and types Astro writes while it builds) and the
 * default cache folder `node_modules/.astro/` are the view's own. Two builds in the project folder
 * would read each other's `.astro/content-modules.mjs`; builds in two views run side by side.
 * astro.config.mjs keeps Vite on the paths as linked (`resolve.preserveSymlinks`), so Astro sees
 * every module inside the view's root.
 *
 * The view's default cache starts with the default build's CMS bundle, as freshCacheDir() does:
 * code, not content, checked against its inputs before use.
 */
export function createProjectView(
  /**
   * The build's cache folder, if it has one: the view is then always at the same place for it,
   * because Astro's incremental cache holds module paths, and a warm build must find its pages.
   */
  cacheDir?: string,
  project = process.cwd(),
): { root: string; remove: () => void } {
  const root =
    cacheDir === undefined
      ? mkdtempSync(path.join(os.tmpdir(), 'oogst-project-'))
      : path.join(os.tmpdir(), `oogst-project-${createHash('sha256').update(path.resolve(cacheDir)).digest('hex').slice(0, 16)}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root);
  for (const entry of readdirSync(project)) {
    if (WRITTEN_AT_TOP.has(entry) || entry === 'node_modules') continue;
    symlinkSync(path.join(project, entry), path.join(root, entry));
  }
  const modules = path.join(project, 'node_modules');
  mkdirSync(path.join(root, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (WRITTEN_IN_NODE_MODULES.has(entry)) continue;
    symlinkSync(path.join(modules, entry), path.join(root, 'node_modules', entry));
  }
  const bundle = path.join(modules, '.astro', 'oogst-cms');
  if (existsSync(path.join(bundle, 'manifest.json')))
    cpSync(bundle, path.join(root, 'node_modules', '.astro', 'oogst-cms'), { recursive: true });
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
