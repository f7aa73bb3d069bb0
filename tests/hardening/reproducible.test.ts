import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { clockOption, compareTrees, hashTree } from '../../scripts/reproducible.ts';
import { withBuildLock } from '../support/build-lock.ts';

const FIXTURE = path.resolve('tests/fixtures/site-minimal');

describe('reproducible builds', () => {
  it('finds changed, added and removed files between two trees', () => {
    const make = (files: Record<string, string>) => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'oogst-tree-'));
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), text);
      }
      return hashTree(dir);
    };
    const a = make({ 'index.html': 'a', 'x/y.png': 'same', 'old.txt': '1' });
    const b = make({ 'index.html': 'b', 'x/y.png': 'same', 'new.txt': '1' });
    expect(compareTrees(a, b)).toEqual([
      'index.html: verschilt',
      'new.txt: alleen in de tweede build',
      'old.txt: alleen in de eerste build',
    ]);
  });

  it('sets a build clock that Date.now() and new Date() read, and leaves dates that are given alone', () => {
    const result = spawnSync(
      process.execPath,
      [
        clockOption(Date.UTC(2021, 5, 1)),
        '-e',
        'console.log(new Date().toISOString().slice(0, 10), Date.now() < Date.UTC(2021, 5, 2), new Date(0).getTime())',
      ],
      { encoding: 'utf8' },
    );
    expect(result.stdout.trim()).toBe('2021-06-01 true 0');
  });

  it('builds the minimal site (every page type, chart, card and the search index) twice from clean caches, in different time zones, locales and clocks, byte for byte the same', () => {
    // The build date is the day before the fixture's closedOn; one build's clock stands on that day,
    // the other's 30 years later: a page that asks the clock whether the dialogue is closed differs.
    const site = yaml.load(readFileSync(path.join(FIXTURE, 'site.yaml'), 'utf8')) as { closedOn?: Date };
    expect(site.closedOn).toBeInstanceOf(Date);
    const buildDate = site.closedOn!.getTime() - 24 * 3600 * 1000;
    const result = withBuildLock(() =>
      spawnSync(process.execPath, ['scripts/reproducible.ts'], {
        encoding: 'utf8',
        timeout: 280_000,
        env: { ...process.env, OOGST_CONTENT_DIR: FIXTURE, SOURCE_DATE_EPOCH: String(buildDate / 1000) },
      }),
    );
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toContain(`SOURCE_DATE_EPOCH=${buildDate / 1000} (klokken op die datum en 30 jaar later)`);
    expect(result.stdout).toMatch(/Reproduceerbaar: alle \d+ bestanden/);
  }, 300_000);
});
