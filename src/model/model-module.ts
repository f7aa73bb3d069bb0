import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentModel } from './content-model.ts';
import type { LoadedEntry } from './load-content.ts';

/** The key a date is written under in the model's JSON (the data keeps its dates as Date). */
const DATE_KEY = '$oogstDate';

/** What the content layer's loader reads of an entry (src/model/model-loader.ts); the check's texts and lines stay behind. */
export type HandedEntry = Pick<LoadedEntry, 'collection' | 'id' | 'absoluteFile' | 'raw' | 'data' | 'yamlText' | 'body' | 'images'>;

/** The part of the model the content layer stores: the entries as the loader reads them and the CSV rows. */
export interface HandedModel {
  contentDir: string;
  entries: HandedEntry[];
  tables: Pick<ContentModel['tables'], 'rows'>;
  ideas: Pick<ContentModel['ideas'], 'rows'>;
}

/** The model without what only the check reads (whole source texts, line offsets, problems). */
export function handedModel(model: ContentModel): HandedModel {
  return {
    contentDir: model.contentDir,
    entries: model.entries.map(({ collection, id, absoluteFile, raw, data, yamlText, body, images }) => ({
      collection,
      id,
      absoluteFile,
      // An MDX entry is compiled by Vite, not rendered from its raw front matter by the loader.
      raw: absoluteFile.endsWith('.mdx') ? undefined : raw,
      data,
      yamlText,
      body,
      images,
    })),
    tables: { rows: model.tables.rows },
    ideas: { rows: model.ideas.rows },
  };
}

/**
 * Writes the handed part of the model as JSON to `file` (dates marked, so they come back as dates),
 * whole or not at all: a build reading it never sees half a file.
 */
export function writeModelHandover(model: ContentModel, file: string): void {
  const json = JSON.stringify(handedModel(model), function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE_KEY]: raw.getTime() } : value;
  });
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, json);
  renameSync(partial, file);
}

/**
 * The source of the module through which the model read by astro.config.mjs reaches the content
 * layer (src/content.config.ts), which Astro runs in a module graph of its own: a few lines that
 * read the JSON `writeModelHandover` wrote. The data is not in the module's source, which Vite
 * would transform, give an inline source map and keep, and V8 would compile (at 2,000 stories that
 * was 11 million characters and most of the content sync's time).
 */
export function contentModelModule(file: string): string {
  const revive = `(key, value) => value !== null && typeof value === 'object' && typeof value[${JSON.stringify(DATE_KEY)}] === 'number' ? new Date(value[${JSON.stringify(DATE_KEY)}]) : value`;
  return [
    `import { readFileSync } from 'node:fs';`,
    `export const contentModel = JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'), ${revive});`,
    '',
  ].join('\n');
}
