import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipCardFiles } from './browser-zip.ts';

const bytes = (name: string) => new TextEncoder().encode(`inhoud van ${name}`);

describe('zipCardFiles', () => {
  it('zips every fetched file under its name, in order, and reports progress', async () => {
    const names = [
      'themas/wonen-1200x630.png',
      'themas/wonen-1080x1080.png',
      'verhalen/straat-1200x630.png',
      'site/home-1200x630.png',
      'inzichten/a-1200x630.png',
    ];
    const seen: number[] = [];
    // Later files answer first: the zip still follows the given order.
    const blob = await zipCardFiles(
      names,
      (name) => new Promise((resolve) => setTimeout(() => resolve(bytes(name)), 20 - names.indexOf(name) * 4)),
      (done, total) => seen.push(done / total),
    );
    const entries = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    expect(Object.keys(entries)).toEqual(names);
    for (const name of names) expect(new TextDecoder().decode(entries[name])).toBe(`inhoud van ${name}`);
    expect(seen).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(blob.type).toBe('application/zip');
  });

  it('makes the same bytes for the same files', async () => {
    const make = async () => new Uint8Array(await (await zipCardFiles(['a.png', 'b.png'], async (name) => bytes(name))).arrayBuffer());
    expect(Buffer.compare(await make(), await make())).toBe(0);
  });

  it('fails with the error of a file that cannot be fetched', async () => {
    await expect(
      zipCardFiles(['a.png', 'b.png', 'c.png'], async (name) => (name === 'b.png' ? Promise.reject(new Error(name)) : bytes(name))),
    ).rejects.toThrow('b.png');
  });
});
