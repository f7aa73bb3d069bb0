import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveDirOf } from '../../src/archive/archive-dir.ts';
import { withBuildLock } from '../support/build-lock.ts';
import { copyFixture, freshCacheDir } from '../support/build-site.ts';
import { freshCacheWithCardsOf, sharedBuild } from '../support/shared-build.ts';

/** Runs scripts/build.ts for a content folder into `outDir`, with a cache of its own. */
function safeBuild(contentDir: string, outDir: string, cacheDir: string) {
  const result = withBuildLock(() =>
    spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
      encoding: 'utf8',
      timeout: 240_000,
      env: { ...process.env, OOGST_CONTENT_DIR: contentDir, OOGST_CACHE_DIR: cacheDir, NO_COLOR: '1' },
    }),
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the safe build (scripts/build.ts)', () => {
  it('keeps the previous site when a build fails, says so, and replaces it whole when a build succeeds', async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'oogst-safe-'));
    const outDir = path.join(parent, 'dist');
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, 'index.html'), 'vorige build');

    const broken = copyFixture('site-minimal');
    const story = path.join(broken, 'stories/boodschappen-voor-de-straat.mdx');
    writeFileSync(story, readFileSync(story, 'utf8').replace('kind: kiem', 'kind: wens'));
    const failed = safeBuild(broken, outDir, freshCacheDir());
    expect(failed.status).not.toBe(0);
    expect(failed.output).toMatch(/De build is mislukt; .*niet aangeraakt en bevat nog de vorige, volledige build/);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('vorige build');
    expect(readdirSync(parent)).toEqual(['dist']);

    // Its cache holds the fixture's share cards, drawn once for the files that build the fixture.
    const fixture = 'tests/fixtures/site-minimal';
    const succeeded = safeBuild(path.resolve(fixture), outDir, freshCacheWithCardsOf(sharedBuild(fixture)));
    expect(succeeded.status, succeeded.output).toBe(0);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('Testdialoog');
    expect(existsSync(path.join(outDir, '_headers'))).toBe(true);
    // The previous site is removed by a background process after the swap; the new site's web
    // archive moved in beside it with the site (scripts/build.ts).
    expect(existsSync(archiveDirOf(outDir))).toBe(true);
    await expect.poll(() => readdirSync(parent).sort(), { timeout: 30_000 }).toEqual(['dist', path.basename(archiveDirOf(outDir))].sort());
  }, 600_000);
});
