import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fontverter from 'fontverter';
import { describe, expect, it } from 'vitest';
import { ICON_FONT, iconNamesIn, subsetIconFont } from './icon-font.ts';

const ASSETS = 'node_modules/@sveltia/cms/npm/assets';
const fontFile = readdirSync(ASSETS).find((name) => ICON_FONT.test(name)) ?? '';
const ttf = async (woff2: Uint8Array) => new Uint8Array(await fontverter.convert(Buffer.from(woff2), 'truetype'));

describe('the icon font of the CMS', () => {
  it('keeps the icons the code names, and only those', async () => {
    const original = readFileSync(path.join(ASSETS, fontFile));
    const code = 'Jl(e,{name:`arrow_back`});const t=[`menu`,`hello_world`,`delete`];let x=e?`expand_more`:`expand_less`;';
    const { font, icons } = await subsetIconFont(original, [code]);
    expect(icons).toEqual(['arrow_back', 'delete', 'expand_less', 'expand_more', 'menu']);
    // Every kept name still turns into its icon; an icon nobody named is gone.
    const subset = await ttf(font);
    expect(iconNamesIn(subset, [code])).toEqual(icons);
    expect(iconNamesIn(subset, ['search home settings'])).toEqual([]);
    expect(iconNamesIn(await ttf(original), ['search home settings'])).toEqual(['home', 'search', 'settings']);
    expect(font.length).toBeLessThan(original.length / 50);
  }, 30_000);
});
