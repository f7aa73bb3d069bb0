import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { COLLECTION_TABLE, type CollectionName } from '../collections/collection-table.ts';
import type { ContentModel } from './content-model.ts';
import type { HandedEntry, HandedModel } from './model-module.ts';

/** The name every collection's loader has: `refreshContent({ loaders: [MODEL_LOADER] })` reloads them all. */
export const MODEL_LOADER = 'oogst-model';

/** Astro's mark for an image path in entry data: the store turns it into an image import (as its own `image()` does). */
const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';

/** What Astro hands every loader besides its public context, as its own glob loader uses it. */
type FullLoaderContext = LoaderContext & {
  entryTypes: Map<string, ContentEntryType>;
  store: DataStore & { addAssetImports(assets: string[], filePath?: string): void };
};

/** What a dev server's content watcher hands over with `refreshContent`: the model read again. */
export interface ModelRefresh {
  model: ContentModel;
}

/** One entry as the content layer stores it. */
interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  /** The file relative to the project, for Astro's error overlay, rendering and images. */
  filePath?: string;
  digest: string;
  /** An MDX entry is compiled by Vite when a page renders it. */
  deferredRender?: boolean;
  sourceFile?: HandedEntry;
}

/** An image path the way Astro's `image()` hands it to the store: a bare file name beside the entry gets "./". */
function markImage(value: string, entryFile: string, exists: (file: string) => boolean): string {
  const bare = !value.includes('://') && !value.startsWith('/') && !value.startsWith('.');
  return `${IMAGE_IMPORT_PREFIX}${bare && exists(path.resolve(path.dirname(entryFile), value)) ? `./${value}` : value}`;
}

/** The entry's data with every path its schema's `image()` accepted marked as an image import. */
function withImages(entry: HandedEntry, exists: (file: string) => boolean): Record<string, unknown> {
  const images = new Set(entry.images);
  if (images.size === 0) return entry.data!;
  const mark = (value: unknown): unknown => {
    if (typeof value === 'string') return images.has(value) ? markImage(value, entry.absoluteFile, exists) : value;
    if (Array.isArray(value)) return value.map(mark);
    if (value !== null && typeof value === 'object' && !(value instanceof Date))
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mark(item)]));
    return value;
  };
  return mark(entry.data) as Record<string, unknown>;
}

/** The entries of one collection, as read and validated by the model (entries that failed their schema are not published). */
function entriesOf(model: HandedModel, collection: CollectionName, root: string, exists: (file: string) => boolean): StoredEntry[] {
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const table = COLLECTION_TABLE[collection];
  if (table.kind === 'csv') {
    const csv = collection === 'tables' ? model.tables : model.ideas;
    const file = relative(path.join(model.contentDir, table.file));
    return csv.rows.map(({ line, data }) => {
      const row = data as Record<string, unknown>;
      const id = 'idField' in table ? String(row[table.idField]) : String(line).padStart(5, '0');
      return { id, data: { ...row, line }, filePath: file, digest: JSON.stringify([file, row, line]) };
    });
  }
  return model.entries
    .filter((entry) => entry.collection === collection && entry.data !== undefined)
    .map((entry) => ({
      id: entry.id,
      data: withImages(entry, exists),
      ...(table.kind === 'folder' && collection !== 'visuals' ? { body: entry.body.trim() } : {}),
      filePath: relative(entry.absoluteFile),
      // The file is part of the digest: the same text in another content folder is another entry (its module, its images).
      digest: JSON.stringify([relative(entry.absoluteFile), entry.yamlText, entry.body]),
      sourceFile: entry,
    }));
}

/**
 * The content layer's loader of every collection: it stores the entries of the one content
 * model (src/model/content-model.ts), read once per build by astro.config.mjs and checked
 * there, instead of reading and validating the folder a second time. Markdown is rendered as
 * Astro's glob loader renders it, MDX is compiled when a page needs it, a story's image becomes
 * an image import. In `npm run dev` the content watcher reads the model again and hands it over
 * with `refreshContent` (src/integrations/content-model.ts).
 */
export function modelLoader(collection: CollectionName, initial: () => HandedModel, exists: (file: string) => boolean): Loader {
  let latest: HandedModel | undefined;
  return {
    name: MODEL_LOADER,
    async load(context: LoaderContext) {
      const refreshed = (context.refreshContextData as Partial<ModelRefresh> | undefined)?.model;
      const model = (latest = refreshed ?? latest ?? initial());
      const root = fileURLToPath(context.config.root);
      const entries = entriesOf(model, collection, root, exists);
      const seen = new Map<string, string | undefined>();
      for (const entry of entries) {
        if (seen.has(entry.id))
          throw new Error(
            `${entry.filePath} en ${seen.get(entry.id)} geven dezelfde pagina (${collection}/${entry.id}); geef een van beide een andere bestandsnaam`,
          );
        seen.set(entry.id, entry.filePath);
      }
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
      for (const entry of entries) await store(context as FullLoaderContext, entry);
    },
  };
}

/** Stores one entry, rendering Markdown as Astro's glob loader does; an unchanged entry keeps what it had. */
async function store(context: FullLoaderContext, { sourceFile, ...entry }: StoredEntry): Promise<void> {
  const digest = context.generateDigest(entry.digest);
  const existing = context.store.get(entry.id);
  if (existing && existing.digest === digest && existing.filePath === entry.filePath) {
    // The store keeps the entry; the build still needs its module and images.
    if (existing.deferredRender && existing.filePath) context.store.addModuleImport(existing.filePath);
    if (existing.assetImports?.length) context.store.addAssetImports(existing.assetImports, existing.filePath);
    return;
  }
  const entryType = sourceFile ? context.entryTypes.get(path.extname(sourceFile.absoluteFile)) : undefined;
  if (!sourceFile || !entryType) {
    context.store.set({ ...entry, digest });
    return;
  }
  if ('contentModuleTypes' in entryType) {
    context.store.set({ ...entry, digest, deferredRender: true });
    return;
  }
  const render = await entryType.getRenderFunction?.(context.config);
  const rendered = await render?.({
    id: entry.id,
    data: sourceFile.raw ?? {},
    ...(entry.body === undefined ? {} : { body: entry.body }),
    filePath: sourceFile.absoluteFile,
    digest,
  });
  const images = rendered?.metadata?.imagePaths;
  context.store.set({ ...entry, digest, ...(rendered ? { rendered } : {}), ...(images ? { assetImports: images } : {}) });
}
