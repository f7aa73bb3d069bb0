import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '../collections/collection-table.ts';
import { readContentModel, validEntries, type ContentModel } from './content-model.ts';
import { modelLoader } from './model-loader.ts';
import { contentModelModule, writeModelHandover, type HandedModel } from './model-module.ts';

const model = readContentModel(path.resolve('content'));

/** A content layer store in memory, with what the loader reads of Astro's context. */
function fakeContext(collection: string, refresh?: { model: ContentModel }) {
  const entries = new Map<string, Record<string, unknown>>();
  const modules: string[] = [];
  const context = {
    collection,
    config: { root: pathToFileURL(`${process.cwd()}/`) },
    generateDigest: (data: unknown) => JSON.stringify(data).length.toString(36) + String(JSON.stringify(data)).slice(0, 40),
    entryTypes: new Map([['.mdx', { contentModuleTypes: '' }]]),
    refreshContextData: refresh,
    store: {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      delete: (id: string) => void entries.delete(id),
      // As Astro's store: an entry with the digest it already has is not stored again.
      set: (entry: Record<string, unknown>) =>
        entries.get(entry['id'] as string)?.['digest'] !== entry['digest'] && (entries.set(entry['id'] as string, entry), true),
      addModuleImport: (file: string) => void modules.push(file),
      addAssetImports: () => undefined,
    },
  };
  return { context: context as unknown as LoaderContext, entries, modules };
}

describe('the content layer loads the one content model', () => {
  it('stores every valid entry of every collection, with its data as the model parsed it', async () => {
    for (const collection of COLLECTION_NAMES) {
      const { context, entries } = fakeContext(collection);
      await modelLoader(
        collection,
        () => model,
        () => false,
      ).load(context);
      const expected =
        collection === 'tables'
          ? model.tables.rows.length
          : collection === 'ideas'
            ? model.ideas.rows.length
            : validEntries(model, collection).length;
      expect(entries.size, collection).toBe(expected);
      expect(entries.size, collection).toBeGreaterThan(0);
    }
  });

  it('keeps the source file of each entry, lets MDX compile when a page renders it and marks a story image as an image import', async () => {
    const { context, entries } = fakeContext('stories');
    await modelLoader(
      'stories',
      () => model,
      () => false,
    ).load(context);
    const source = validEntries(model, 'stories')[0]!;
    const stored = entries.get(source.id)!;
    expect(stored['filePath']).toBe(path.relative(process.cwd(), source.absoluteFile).split(path.sep).join('/'));
    expect(stored['deferredRender']).toBe(true);
    expect(stored['body']).toBe(source.body.trim());
    const hero = (stored['data'] as { hero: { src: string } }).hero.src;
    expect(source.images).toEqual([(source.data as { hero: { src: string } }).hero.src]);
    expect(hero).toBe(`__ASTRO_IMAGE_${source.images[0]}`);
  });

  it('gives each table row its id and line, drops entries the model no longer has, and takes a refreshed model', async () => {
    const { context, entries } = fakeContext('tables');
    entries.set('weg', { id: 'weg', data: {}, digest: 'x' });
    const fewer: ContentModel = { ...model, tables: { ...model.tables, rows: model.tables.rows.slice(0, 2) } };
    await modelLoader(
      'tables',
      () => model,
      () => false,
    ).load(context);
    expect(entries.has('weg')).toBe(false);
    const row = model.tables.rows[0]!;
    expect(entries.get(row.data.id)!['data']).toMatchObject({ id: row.data.id, line: row.line });
    const refreshed = fakeContext('tables', { model: fewer });
    await modelLoader(
      'tables',
      () => model,
      () => false,
    ).load(refreshed.context);
    expect(refreshed.entries.size).toBe(2);
  });

  it('stores an entry again when the same text comes from another content folder, so its module is the new file', async () => {
    const { context, entries } = fakeContext('chapters');
    const load = (from: ContentModel) =>
      modelLoader(
        'chapters',
        () => from,
        () => false,
      ).load(context);
    await load(model);
    const moved: ContentModel = {
      ...model,
      entries: model.entries.map((entry) => ({
        ...entry,
        absoluteFile: entry.absoluteFile.replace(`${path.sep}content${path.sep}`, `${path.sep}kopie${path.sep}`),
      })),
    };
    await load(moved);
    const chapter = validEntries(model, 'chapters')[0]!;
    expect(entries.get(chapter.id)!['filePath']).toMatch(/^kopie\//);
  });

  it('refuses two entries that would give the same page', async () => {
    const story = validEntries(model, 'stories')[0]!;
    const twice: ContentModel = { ...model, entries: [...model.entries, { ...story, absoluteFile: `${story.absoluteFile}.kopie.mdx` }] };
    await expect(
      modelLoader(
        'stories',
        () => twice,
        () => false,
      ).load(fakeContext('stories').context),
    ).rejects.toThrow(/dezelfde pagina/);
  });

  it('hands the model to the content layer as a small module reading a file, with dates kept as dates and without the check-only texts', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'oogst-handover-'));
    try {
      const file = path.join(folder, 'model.json');
      writeModelHandover(model, file);
      const source = contentModelModule(file);
      expect(source.length).toBeLessThan(1000);
      const { contentModel } = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { contentModel: HandedModel };
      const site = contentModel.entries.find((entry) => entry.collection === 'site')!;
      expect(site.data!['closedOn']).toBeInstanceOf(Date);
      expect(site.data!['closedOn']).toEqual(model.entries.find((entry) => entry.collection === 'site')!.data!['closedOn']);
      expect(contentModel.entries.length).toBe(model.entries.length);
      expect(Object.keys(contentModel.entries[0]!)).not.toContain('source');
      // The loader stores the same entries from the handed model as from the whole one.
      for (const collection of COLLECTION_NAMES) {
        const whole = fakeContext(collection);
        const handed = fakeContext(collection);
        await modelLoader(
          collection,
          () => model,
          () => false,
        ).load(whole.context);
        await modelLoader(
          collection,
          () => contentModel,
          () => false,
        ).load(handed.context);
        expect(handed.entries, collection).toEqual(whole.entries);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
