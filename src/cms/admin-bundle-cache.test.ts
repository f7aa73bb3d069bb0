import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedBundle } from './admin-bundle-cache.ts';

describe('the cached CMS bundle', () => {
  it('bundles once, serves the same bytes while its inputs are unchanged, and bundles again when one changes', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'oogst-cms-cache-'));
    const input = path.join(dir, 'entry.ts');
    writeFileSync(input, 'export const a = 1;');
    let bundled = 0;
    const bundle = async () => {
      bundled++;
      return { files: [{ path: 'chunks/cms.js', contents: new TextEncoder().encode(`made ${bundled}`) }], inputs: [input] };
    };
    // As the integration names it: a folder URL's path, with a slash at the end.
    const folder = `${path.join(dir, 'cache', 'oogst-cms')}/`;
    const text = (files: { contents: Uint8Array }[]) => new TextDecoder().decode(files[0]!.contents);

    expect(text(await cachedBundle(folder, bundle))).toBe('made 1');
    const again = await cachedBundle(folder, bundle);
    expect(again.map((file) => file.path)).toEqual(['chunks/cms.js']);
    expect(text(again)).toBe('made 1');
    expect(bundled).toBe(1);

    writeFileSync(input, 'export const a = 2;');
    expect(text(await cachedBundle(folder, bundle))).toBe('made 2');
    expect(bundled).toBe(2);
  });
});
