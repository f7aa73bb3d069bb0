import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCardCache } from './card-cache.ts';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

describe('the card cache', () => {
  it('misses a key it never stored', () => {
    expect(openCardCache(mkdtempSync(path.join(os.tmpdir(), 'oogst-cache-'))).lookup('nope')).toBeUndefined();
  });

  it('finds a card written earlier, also after reopening, with its warnings', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'oogst-cache-'));
    const cache = openCardCache(folder);
    const written = cache.write('plain', { png, warnings: [] });
    cache.write('warned', { png, warnings: ['titel ingekort'] });
    expect(cache.lookup('plain')).toEqual(written);
    expect(new Uint8Array(readFileSync(written.file))).toEqual(png);
    const reopened = openCardCache(folder);
    expect(reopened.lookup('plain')).toEqual({ file: path.join(folder, 'plain.png'), warnings: [] });
    expect(reopened.lookup('warned')?.warnings).toEqual(['titel ingekort']);
  });

  it('writes a warnings file only for cards that have warnings, and leaves no temporary files', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'oogst-cache-'));
    const cache = openCardCache(folder);
    cache.write('plain', { png, warnings: [] });
    cache.write('warned', { png, warnings: ['x'] });
    expect(readdirSync(folder).sort()).toEqual(['plain.png', 'warned.json', 'warned.png']);
    expect(existsSync(path.join(folder, 'plain.json'))).toBe(false);
  });
});

describe('two processes sharing the card cache', () => {
  it('finds a card another process wrote after this one opened the cache', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'oogst-cache-'));
    const early = openCardCache(folder);
    openCardCache(folder).write('later', { png, warnings: ['x'] });
    expect(early.lookup('later')).toEqual({ file: path.join(folder, 'later.png'), warnings: ['x'] });
  });
});
