import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveBuildSettings } from '../../src/config/build-context.ts';
import { buildSite, buildSiteAsync, freshCacheDir, type BuildResult } from './build-site.ts';
import { buildKey, currentRunDir, SELF, tryLock } from './shared-build-store.ts';

/**
 * Builds that several test files make alike (the same content folder, variables and arguments,
 * a fresh cache), made once per vitest run and read by all of them. The first file that asks
 * builds, holding a lock of that build's own; a file that asks meanwhile, in another worker,
 * waits for it and reads the same result. Everything of a shared build is read-only for its
 * readers: a test that changes content or continues from the cache works on a copy
 * (`copyFixture`, `copyOfCache`).
 *
 * A build is kept by the project's code, the bytes of the content folder, the variables and the
 * arguments, in the folder of one run: one vitest process, whose workers are its children, named
 * by its id and start time, so a later run (or a run in another worktree) never reads an earlier
 * one's builds. Folders of runs that have ended are removed by the next one.
 */

/** A build that test files share, with the folders it was made from. */
export interface SharedBuild extends BuildResult {
  /** The private copy of the content folder the site was built from. */
  contentDir: string;
  /** The build's cache folder, as the build left it (cards, final product PDF, incremental pages). */
  cacheDir: string;
  /** The process that made the build (`pid-starttime`); every other reader waited for it. */
  madeBy: string;
}

export interface SharedBuildOptions {
  /** Variables of the build, as `buildSite` takes them; content and cache folder are the shared build's own. */
  env?: Record<string, string>;
  /** More arguments for `astro build`, e.g. `['--mode', 'preview']`. */
  args?: readonly string[];
}

const POLL_MS = 200;

interface Paths {
  dir: string;
  lock: string;
  result: string;
}

/** The folder of this run where the build of `contentDir` with `options` is kept: one per content, variables and arguments. */
export function sharedBuildFolder(contentDir: string, options: SharedBuildOptions = {}): string {
  return pathsOf(path.resolve(contentDir), options).dir;
}

function pathsOf(contentDir: string, options: SharedBuildOptions): Paths & { env: Record<string, string>; args: readonly string[] } {
  const env = options.env ?? {};
  const args = options.args ?? [];
  for (const name of ['OOGST_CONTENT_DIR', 'OOGST_CACHE_DIR'])
    if (name in env) throw new Error(`een gedeelde build kiest zijn eigen ${name}`);
  const dir = path.join(currentRunDir(), buildKey(contentDir, env, args));
  return { dir, lock: `${dir}.lock`, result: path.join(dir, 'result.json'), env, args };
}

function readResult(paths: Paths): SharedBuild | undefined {
  return existsSync(paths.result) ? (JSON.parse(readFileSync(paths.result, 'utf8')) as SharedBuild) : undefined;
}

/** The folders of a shared build, made afresh (a build that died halfway left its own). */
function prepare(paths: Paths, contentDir: string): { content: string; cache: string; outDir: string } {
  rmSync(paths.dir, { recursive: true, force: true });
  mkdirSync(paths.dir);
  const content = path.join(paths.dir, 'content');
  cpSync(contentDir, content, { recursive: true });
  // The fresh cache of any test build (with the CMS bundle), moved in beside the site.
  const cache = path.join(paths.dir, 'cache');
  renameSync(freshCacheDir(), cache);
  // dist/ inside the build's folder: the web archive lands beside it, as in `buildSite`.
  return { content, cache, outDir: path.join(paths.dir, 'dist') };
}

/** Written whole or not at all: a reader never sees half a result. */
function saveResult(paths: Paths, shared: SharedBuild): SharedBuild {
  writeFileSync(`${paths.result}.tmp`, JSON.stringify(shared));
  renameSync(`${paths.result}.tmp`, paths.result);
  return shared;
}

const sleep = new Int32Array(new SharedArrayBuffer(4));

/**
 * The site built from the content folder `contentDir` (left as it is: the build reads a copy) with
 * `options`, in a fresh cache folder: built by the first test file of this run that asks, read by
 * every other. Its output, content and cache folders must not be changed.
 */
export function sharedBuild(contentDir: string, options: SharedBuildOptions = {}): SharedBuild {
  const paths = pathsOf(path.resolve(contentDir), options);
  for (;;) {
    const done = readResult(paths);
    if (done) return done;
    if (tryLock(paths.lock, true)) break;
    Atomics.wait(sleep, 0, 0, POLL_MS);
  }
  try {
    const again = readResult(paths);
    if (again) return again;
    const { content, cache, outDir } = prepare(paths, path.resolve(contentDir));
    const result = buildSite(content, { ...paths.env, OOGST_CACHE_DIR: cache }, outDir, paths.args);
    return saveResult(paths, { ...result, contentDir: content, cacheDir: cache, madeBy: SELF });
  } finally {
    rmSync(paths.lock, { recursive: true, force: true });
  }
}

/** `sharedBuild` without blocking this process while it waits or builds (tests side by side in one file). */
export async function sharedBuildAsync(contentDir: string, options: SharedBuildOptions = {}): Promise<SharedBuild> {
  if (options.args?.length) throw new Error('buildSiteAsync neemt geen argumenten voor astro build');
  const paths = pathsOf(path.resolve(contentDir), options);
  for (;;) {
    const done = readResult(paths);
    if (done) return done;
    if (tryLock(paths.lock, false)) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  try {
    const again = readResult(paths);
    if (again) return again;
    const { content, cache, outDir } = prepare(paths, path.resolve(contentDir));
    const result = await buildSiteAsync(content, { ...paths.env, OOGST_CACHE_DIR: cache }, outDir);
    return saveResult(paths, { ...result, contentDir: content, cacheDir: cache, madeBy: SELF });
  } finally {
    rmSync(paths.lock, { recursive: true, force: true });
  }
}

/** A writable copy of a shared build's cache folder, for a test that builds on from it. */
export function copyOfCache(shared: SharedBuild): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oogst-cache-'));
  cpSync(shared.cacheDir, dir, { recursive: true });
  return dir;
}

/** The share-card cache folder of a build with `cacheDir` as its cache (src/config/build-context.ts). */
const cardCacheOf = (cacheDir: string) => resolveBuildSettings({ ...process.env, OOGST_CACHE_DIR: cacheDir }).cardCacheDir;

/**
 * A fresh cache folder (as `freshCacheDir`) that holds the share cards a shared build drew, for a
 * build whose test does not look at whether its cards were drawn or taken from the cache. A card
 * is keyed on its drawn text, size, fonts and drawing code (src/cards/card-cache.ts), so every card
 * the build's own content changes is still drawn in that build; nothing else of the cache is
 * shared (content gate, data store, incremental pages and PDF stay fresh).
 */
export function freshCacheWithCardsOf(shared: SharedBuild): string {
  const dir = freshCacheDir();
  cpSync(cardCacheOf(shared.cacheDir), cardCacheOf(dir), { recursive: true });
  return dir;
}
