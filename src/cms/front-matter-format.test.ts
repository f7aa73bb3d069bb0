import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CMS_FOLDER_COLLECTIONS } from './cms-collections.ts';
import { readEntryFile, writeEntryFile } from './front-matter-format.ts';

/** Every entry file of the default content the CMS edits. */
const files = CMS_FOLDER_COLLECTIONS.flatMap((collection) =>
  readdirSync(path.join('content', collection.folder))
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
    .map((name) => path.join('content', collection.folder, name)),
);

describe('the CMS’s entry file format', () => {
  it('writes every file of the default content back byte for byte when nothing changed', () => {
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // Sveltia ends every file it writes with one line break.
      expect(`${writeEntryFile(readEntryFile(text)).trim()}\n`, file).toBe(text);
    }
  });

  it('changes only the lines of the field that changed, and writes new fields in the repository’s style', () => {
    const text = readFileSync('content/themes/blended-samenleving.md', 'utf8');
    const values = readEntryFile(text);
    const written = writeEntryFile({ ...values, order: 11, example: false, related: ['werken', 'zorg'] });
    const changed = written.split('\n').filter((line, i) => line !== text.split('\n')[i]);
    expect(changed).toEqual(['order: 11', 'related: [werken, zorg]']);
  });

  it('writes a new entry with flow lists and double quotes, and its body after the front matter', () => {
    const written = writeEntryFile({ title: 'Nieuw', colour: '#112233', themes: ['a', 'b'], body: 'Tekst.' });
    expect(written).toBe('---\ntitle: Nieuw\ncolour: "#112233"\nthemes: [a, b]\n---\nTekst.\n');
  });

  it('reads a story without `draft` as published, writes it back without the field, and a switched draft flag in place', () => {
    const text = readFileSync('content/stories/boodschappen-voor-de-straat.mdx', 'utf8');
    expect(text).not.toMatch(/^draft:/m);
    const values = readEntryFile(text);
    expect(values.draft).toBe(false);
    expect(writeEntryFile(values)).toBe(text);
    expect(writeEntryFile({ ...values, draft: true })).toMatch(/\ndraft: true\n---\n/);
  });
});
