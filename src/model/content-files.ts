import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { slug } from 'github-slugger';
import {
  COLLECTION_TABLE,
  entryFilePattern,
  isNote,
  type FolderCollection,
  type MarkdownCollection,
} from '../collections/collection-table.ts';

export { MARKDOWN_COLLECTIONS, type MarkdownCollection } from '../collections/collection-table.ts';

/** Every file below `dir` whose name matches, relative to `dir`, sorted; empty when `dir` does not exist. */
export function listFiles(dir: string, pattern: RegExp, recursive = true): string[] {
  if (!existsSync(dir)) return [];
  const walk = (folder: string): string[] =>
    readdirSync(folder)
      .sort()
      .flatMap((name) => {
        const full = path.join(folder, name);
        if (statSync(full).isDirectory()) return recursive ? walk(full) : [];
        return pattern.test(name) ? [path.relative(dir, full)] : [];
      });
  return walk(dir).filter((file) => !isNote(file));
}

/** The entry id Astro's glob loader gives a file: each part of its path without extension, slugged. */
export const entryId = (relative: string) =>
  relative
    .replace(/\.[^.]+$/, '')
    .split(/[\\/]/)
    .map((part) => slug(part))
    .join('/');

/** The entry files of a folder collection of the collection table, relative to its folder. */
export const listCollectionFiles = (contentDir: string, collection: FolderCollection) =>
  listFiles(path.join(contentDir, collection.folder), entryFilePattern(collection), collection.recursive);

/** Markdown and MDX files of one collection. */
export const listEntries = (contentDir: string, collection: MarkdownCollection) =>
  listCollectionFiles(contentDir, COLLECTION_TABLE[collection]);

/** The YAML specs of the visuals (top level of visuals/ only). */
export const listVisualSpecs = (contentDir: string) => listCollectionFiles(contentDir, COLLECTION_TABLE.visuals);

export { isInside } from '../content-rules/images.ts';
