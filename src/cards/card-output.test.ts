import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { placeCardFiles, readPngSize, removeOtherZips, writeCardZip, type CardFile } from './card-output.ts';
import { zipEntryName } from './gallery.ts';

const readPngFileSize = (file: string) => readPngSize(readFileSync(file));

const temp = () => mkdtempSync(path.join(os.tmpdir(), 'oogst-card-output-'));

/** A file that starts like a PNG of the given size. */
function fakePng(folder: string, name: string, width: number, height: number): string {
  const bytes = new Uint8Array(40);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  bytes[30] = name.length;
  const file = path.join(folder, `${name}.png`);
  writeFileSync(file, bytes);
  return file;
}

describe('publishing cards from the cache', () => {
  const cache = temp();
  const cards: CardFile[] = [
    { url: '/deelkaarten/themas/wonen-1200x630.png', file: fakePng(cache, 'a', 1200, 630), key: 'a' },
    { url: '/deelkaarten/site/home-1080x1080.png', file: fakePng(cache, 'bb', 1080, 1080), key: 'b' },
  ];

  it('links every card to its place in the output without copying it', () => {
    const out = temp();
    placeCardFiles(out, cards);
    const placed = path.join(out, cards[0]!.url);
    expect(readPngFileSize(placed)).toEqual({ width: 1200, height: 630 });
    expect(statSync(placed).ino).toBe(statSync(cards[0]!.file).ino);
    // Placing again (a rebuild into the same folder) replaces the links.
    placeCardFiles(out, cards);
    expect(readPngFileSize(path.join(out, cards[1]!.url))).toEqual({ width: 1080, height: 1080 });
  });

  it('says which cached file is missing when a card cannot be placed', () => {
    expect(() => placeCardFiles(temp(), [{ url: '/deelkaarten/x-1x1.png', file: path.join(cache, 'nothing.png'), key: 'x' }])).toThrow(
      /nothing\.png ontbreekt in de cache/,
    );
  });

  it('says bytes that are no PNG have no size', () => {
    expect(readPngSize(new Uint8Array(40))).toBeUndefined();
  });

  it('zips every card under its path below /deelkaarten/, and reuses the zip while the cards stay the same', () => {
    const zips = temp();
    const first = writeCardZip(cards, zips);
    const entries = unzipSync(readFileSync(first));
    expect(Object.keys(entries).sort()).toEqual(cards.map((card) => zipEntryName(card.url)).sort());
    expect(entries['site/home-1080x1080.png']).toEqual(new Uint8Array(readFileSync(cards[1]!.file)));
    const before = statSync(first).mtimeMs;
    expect(writeCardZip([...cards].reverse(), zips)).toBe(first);
    expect(statSync(first).mtimeMs).toBe(before);
  });

  it('writes a new zip when a card changes, byte-identical for the same cards, and keeps only the zips asked for', () => {
    const zips = temp();
    const first = writeCardZip(cards, zips);
    const other = writeCardZip([cards[1]!], zips);
    const changed = writeCardZip([{ ...cards[0]!, key: 'a2' }, cards[1]!], zips);
    expect(changed).not.toBe(first);
    removeOtherZips(zips, [changed, other]);
    expect(readdirSync(zips).sort()).toEqual([path.basename(changed), path.basename(other)].sort());
    const elsewhere = writeCardZip([{ ...cards[0]!, key: 'a2' }, cards[1]!], temp());
    expect(readFileSync(elsewhere)).toEqual(readFileSync(changed));
  });
});
