import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardCacheKey, openCardCache } from './card-cache.ts';
import type { CardWarning } from './card-types.ts';
import { testBrand, testSpec } from './test-fixtures.ts';

const SHORTENED: CardWarning = { kind: 'cut', field: 'title', width: 1200, height: 630, shown: 'Een titel …', length: 40, allowed: 9 };

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

describe('the card cache', () => {
  it('misses a key it never stored', () => {
    expect(openCardCache(mkdtempSync(path.join(os.tmpdir(), 'oogst-cache-'))).lookup('nope')).toBeUndefined();
  });

  it('finds a card written earlier, also after reopening, with its warnings', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'oogst-cache-'));
    const cache = openCardCache(folder);
    const written = cache.write('plain', { png, warnings: [] });
    cache.write('warned', { png, warnings: [SHORTENED] });
    expect(cache.lookup('plain')).toEqual(written);
    expect(new Uint8Array(readFileSync(written.file))).toEqual(png);
    const reopened = openCardCache(folder);
    expect(reopened.lookup('plain')).toEqual({ file: path.join(folder, 'plain.png'), warnings: [] });
    expect(reopened.lookup('warned')?.warnings).toEqual([SHORTENED]);
  });

  it('writes a warnings file only for cards that have warnings, and leaves no temporary files', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'oogst-cache-'));
    const cache = openCardCache(folder);
    cache.write('plain', { png, warnings: [] });
    cache.write('warned', { png, warnings: [SHORTENED] });
    expect(readdirSync(folder).sort()).toEqual(['plain.png', 'warned.json', 'warned.png']);
    expect(existsSync(path.join(folder, 'plain.json'))).toBe(false);
  });
});

describe('two processes sharing the card cache', () => {
  it('finds a card another process wrote after this one opened the cache', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'oogst-cache-'));
    const early = openCardCache(folder);
    openCardCache(folder).write('later', { png, warnings: [SHORTENED] });
    expect(early.lookup('later')).toEqual({ file: path.join(folder, 'later.png'), warnings: [SHORTENED] });
  });

  it('keys a card by what is drawn, not by where the file of its entry is', () => {
    const size = { id: 'og', width: 1200, height: 630 } as Parameters<typeof cardCacheKey>[3];
    const here = cardCacheKey('r', testSpec({ source: 'content/themes/wonen.md' }), testBrand, size);
    expect(cardCacheKey('r', testSpec({ source: 'elders/themes/wonen.md' }), testBrand, size)).toBe(here);
    expect(cardCacheKey('r', testSpec({ source: 'content/themes/wonen.md', title: 'Anders' }), testBrand, size)).not.toBe(here);
  });
});
