import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreBundle, storeBundle } from './bundle-cache.ts';

function bundleIn(dir: string, entry = '{"version":"1"}'): string {
  mkdirSync(path.join(dir, 'fragment'), { recursive: true });
  writeFileSync(path.join(dir, 'pagefind-entry.json'), entry);
  writeFileSync(path.join(dir, 'fragment', 'nl_1.pf_fragment'), 'fragment');
  return dir;
}

describe('the search bundle cache', () => {
  it('gives back the very files it kept, under the same key only', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'oogst-bundle-cache-'));
    const cache = path.join(work, 'cache');
    storeBundle(cache, 'key-a', bundleIn(path.join(work, 'built')));
    expect(restoreBundle(cache, 'key-b', path.join(work, 'out-b'))).toBe(false);
    expect(restoreBundle(cache, 'key-a', path.join(work, 'out-a'))).toBe(true);
    expect(readFileSync(path.join(work, 'out-a', 'fragment', 'nl_1.pf_fragment'), 'utf8')).toBe('fragment');
  });

  it('keeps only the newest bundle, so the cache does not grow with every content change', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'oogst-bundle-cache-'));
    const cache = path.join(work, 'cache');
    storeBundle(cache, 'old', bundleIn(path.join(work, 'one')));
    storeBundle(cache, 'new', bundleIn(path.join(work, 'two'), '{"version":"2"}'));
    expect(readdirSync(cache)).toEqual(['new']);
    expect(restoreBundle(cache, 'old', path.join(work, 'out'))).toBe(false);
  });

  it('replaces whatever was at the target with the cached bundle', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'oogst-bundle-cache-'));
    const cache = path.join(work, 'cache');
    storeBundle(cache, 'key', bundleIn(path.join(work, 'built')));
    const target = path.join(work, 'out');
    mkdirSync(target);
    writeFileSync(path.join(target, 'stale.js'), 'old');
    restoreBundle(cache, 'key', target);
    expect(readdirSync(target).sort()).toEqual(['fragment', 'pagefind-entry.json']);
  });
});
