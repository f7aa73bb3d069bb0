import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProjectView } from './project-view.ts';

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  outDir: string;
}

/** A fresh `dist/` inside a temporary folder, so the web archive the build writes beside it (`dist-archief/`) lands there too. */
function temporaryOutDir(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'oogst-build-')), 'dist');
}

/** Removes a build's output folder, and the temporary folder around it when the build made one (with the web archive beside `dist/`). */
export function removeBuildOutput(outDir: string): void {
  const parent = path.dirname(outDir);
  const madeHere = path.basename(outDir) === 'dist' && path.basename(parent).startsWith('oogst-build-') && parent.startsWith(os.tmpdir());
  rmSync(madeHere ? parent : outDir, { recursive: true, force: true });
}

/**
 * The environment of a build of `contentDir` in the project view at `viewRoot`: no colours, so the
 * output can be matched. A content folder inside the project is named through the view, so paths
 * the build derives from it (messages, the CMS's folders) are those of a build in the project.
 */
function buildEnv(contentDir: string, env: Record<string, string>, viewRoot: string): NodeJS.ProcessEnv {
  const inProject = path.relative(process.cwd(), path.resolve(contentDir));
  const content = inProject.startsWith('..') || path.isAbsolute(inProject) ? path.resolve(contentDir) : path.join(viewRoot, inProject);
  return { ...process.env, OOGST_CONTENT_DIR: content, NO_COLOR: '1', FORCE_COLOR: '0', ...env };
}

/** stdout and stderr together, without colour codes. */
function plainOutput(stdout: string, stderr: string): string {
  // eslint-disable-next-line no-control-regex
  return `${stdout}\n${stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
}

/**
 * Builds the site from `contentDir` into a fresh temporary folder (or `outDir`) with the project's
 * own Astro. The default folder is `dist/` inside a temporary one, so the web archive the build
 * writes beside it (`dist-archief/`) lands in the same temporary folder.
 *
 * Each build runs in a view of the project of its own (tests/support/project-view.ts): its own
 * `.astro/` and default cache folder, so builds of different test files run side by side.
 */
export function buildSite(
  contentDir: string,
  env: Record<string, string> = {},
  outDir = temporaryOutDir(),
  /** More arguments for `astro build`, e.g. `['--mode', 'preview']`. */
  args: readonly string[] = [],
): BuildResult {
  const view = createProjectView(env.OOGST_CACHE_DIR);
  try {
    const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', path.resolve(outDir), ...args], {
      cwd: view.root,
      env: buildEnv(contentDir, env, view.root),
      encoding: 'utf8',
      timeout: 240_000,
    });
    return { status: result.status, output: plainOutput(result.stdout, result.stderr), outDir };
  } finally {
    view.remove();
  }
}

/**
 * `buildSite` without blocking this process while the build runs: tests that run side by side in
 * one file (the broken-content corpus) keep running their `npm run check` while one of them builds.
 */
export async function buildSiteAsync(
  contentDir: string,
  env: Record<string, string> = {},
  outDir = temporaryOutDir(),
): Promise<BuildResult> {
  const view = createProjectView(env.OOGST_CACHE_DIR);
  try {
    return await new Promise<BuildResult>((resolve, reject) => {
      const child = spawn(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', path.resolve(outDir)], {
        cwd: view.root,
        env: buildEnv(contentDir, env, view.root),
        timeout: 240_000,
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', reject);
      child.on('close', (status) =>
        resolve({ status, output: plainOutput(Buffer.concat(out).toString('utf8'), Buffer.concat(err).toString('utf8')), outDir }),
      );
    });
  } finally {
    view.remove();
  }
}

/**
 * An empty cache folder for one build, so it sees no other build's content, holding only the CMS
 * bundle of the default build (`npm test` builds dist/ first): code, not content, and checked
 * against its inputs before use (src/cms/admin-bundle-cache.ts), so no build bundles Sveltia again.
 */
export function freshCacheDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oogst-cache-'));
  const bundle = path.resolve('node_modules/.astro/oogst-cms');
  if (existsSync(path.join(bundle, 'manifest.json'))) cpSync(bundle, path.join(dir, 'oogst-cms'), { recursive: true });
  return dir;
}

/** A writable copy of a fixture content folder, to break on purpose. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oogst-content-'));
  cpSync(path.resolve('tests/fixtures', name), dir, { recursive: true });
  return dir;
}

/** The message of the integration that ends an in-process build once the content gate let it through. */
const PAST_THE_GATE = 'oogst-test: de content-gate liet de build door';

/**
 * Added after the project's own integrations in an in-process build: their `astro:config:setup`
 * hooks (the content gate among them) have all run when it ends the build, before Astro syncs
 * content or writes anything in the project (`.astro/`, the output folder).
 */
const stopPastTheGate = {
  name: 'oogst-test-stop-past-the-gate',
  hooks: {
    'astro:config:setup': () => {
      throw new Error(PAST_THE_GATE);
    },
  },
};

/** This process's turn to change its environment and output streams for an in-process build. */
let inProcessTail: Promise<void> = Promise.resolve();
async function takeInProcessTurn(): Promise<() => void> {
  const previous = inProcessTail;
  let passOn!: () => void;
  inProcessTail = new Promise((resolve) => (passOn = resolve));
  await previous;
  return passOn;
}

/**
 * Builds like `buildSite`, but in this process with Astro's own `build()`: no Node and Astro to
 * start for each build, which is most of what a build that stops early costs. Astro imports
 * astro.config.mjs afresh per build, but the modules it imports only once per process; so this
 * is for builds that stop at the content gate (the check that runs before anything is read),
 * where nothing a module keeps from an earlier build is used. Logs are captured as the CLI
 * prints them; a build that throws adds its message, as the CLI does. A build that gets past the
 * gate is not trusted in-process: an integration after the project's own ends it right there,
 * and it runs again as `astro build`, whose result counts.
 *
 * Up to its `astro:config:setup` hooks Astro writes nothing in the project folder (the gate's
 * verdict goes to the build's own cache folder), so these builds do not take the build lock:
 * they run while another test file builds. They only take turns within this process, which
 * lends them its environment and output streams.
 */
export async function buildStoppedByGate(contentDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const result = await buildInProcess(contentDir, env);
  const stopped = result.status !== 0 && /\[oogst-content-gate\].*"astro:config:setup" hook/.test(result.output);
  if (stopped) return result;
  rmSync(result.outDir, { recursive: true, force: true });
  return buildSiteAsync(contentDir, env);
}

async function buildInProcess(contentDir: string, env: Record<string, string>): Promise<BuildResult> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'oogst-build-'));
  // Astro's Node entry itself: under vitest, the bare 'astro' resolves to its Vite-facing module.
  const { build } = (await import(pathToFileURL(path.resolve('node_modules/astro/dist/core/index.js')).href)) as typeof import('astro');
  const variables = { OOGST_CONTENT_DIR: contentDir, NO_COLOR: '1', FORCE_COLOR: '0', ...env };
  const chunks: string[] = [];
  let status = 0;
  // The environment and the output streams are this process's: changed only in its turn, so a
  // second build in this process (tests side by side) waits and sees none of it.
  const release = await takeInProcessTurn();
  const saved = Object.fromEntries(Object.keys(variables).map((key) => [key, process.env[key]]));
  const writes = { out: process.stdout.write, err: process.stderr.write };
  const capture = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  Object.assign(process.env, variables);
  process.stdout.write = capture;
  process.stderr.write = capture;
  try {
    await build({ root: process.cwd(), outDir, logLevel: 'info', integrations: [stopPastTheGate] });
  } catch (error) {
    status = 1;
    chunks.push(`\n${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    release();
  }
  return { status, output: plainOutput(chunks.join(''), ''), outDir };
}
