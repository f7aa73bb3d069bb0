import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  outDir: string;
}

/**
 * Builds the site from `contentDir` into a fresh temporary folder (or `outDir`) with the project's
 * own Astro. The default folder is `dist/` inside a temporary one, so the web archive the build
 * writes beside it (`dist-archief/`) lands in the same temporary folder.
 */
export function buildSite(
  contentDir: string,
  env: Record<string, string> = {},
  outDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'oogst-build-')), 'dist'),
): BuildResult {
  const result = spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    env: { ...process.env, OOGST_CONTENT_DIR: contentDir, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, outDir };
}

/** A writable copy of a fixture content folder, to break on purpose. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oogst-content-'));
  cpSync(path.resolve('tests/fixtures', name), dir, { recursive: true });
  return dir;
}
