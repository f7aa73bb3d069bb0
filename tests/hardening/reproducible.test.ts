import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTrees, hashTree } from '../../scripts/reproducible.ts';

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

  it('builds the minimal site (every page type, chart, card and the search index) twice from clean caches, in different time zones and locales, byte for byte the same', () => {
    const result = spawnSync(process.execPath, ['scripts/reproducible.ts'], {
      encoding: 'utf8',
      timeout: 280_000,
      env: { ...process.env, OOGST_CONTENT_DIR: path.resolve('tests/fixtures/site-minimal') },
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(/Reproduceerbaar: alle \d+ bestanden/);
  }, 300_000);
});
