import { chapterSchema } from '../schemas/chapter.ts';
import { faqSchema } from '../schemas/faq.ts';
import { followUpSchema } from '../schemas/followup.ts';
import { ideaEntrySchema, ideaSchema } from '../schemas/idea.ts';
import { insightSchema } from '../schemas/insight.ts';
import { pageSchema } from '../schemas/page.ts';
import { siteSchema } from '../schemas/site.ts';
import { sourceSchema } from '../schemas/source.ts';
import { storySchema } from '../schemas/story.ts';
import { tableEntrySchema, tableSchema } from '../schemas/table.ts';
import { themeSchema } from '../schemas/theme.ts';
import { visualSchema } from '../schemas/visual.ts';

/**
 * The one table of the content collections: where each lives in the content folder, which
 * files belong to it, its schema and which of its fields point at other entries. The build
 * (src/content.config.ts), `npm run check`, `npm run new`, `npm run import` and the CMS
 * config all read it; none of them names a folder or an extension of its own.
 */

/** What a reference field points at: a collection, or the follow-up statuses of site.yaml. */
export type ReferenceTarget = 'themes' | 'insights' | 'visuals' | 'tables' | 'chapters' | 'sources' | 'statuses';

/**
 * Field path → what it points at. A dotted path walks into objects and lists:
 * `updates.status` is the `status` of every step in `updates`.
 */
export type ReferenceFields = Readonly<Record<string, ReferenceTarget>>;

/** A folder of entries, one file each; the file's path without extension gives the id. */
export interface FolderCollection {
  kind: 'folder';
  folder: string;
  /** File extensions that are entries, without the dot. */
  extensions: readonly string[];
  /** The extension `npm run new` and the CMS write. */
  newExtension: string;
  /** Whether entries in sub-folders count (visuals keep their CSV data beside them, one level only). */
  recursive: boolean;
  references: ReferenceFields;
}

/** One file: a YAML singleton or a CSV file with one entry per row. */
export interface FileCollection {
  kind: 'yaml-file' | 'csv';
  file: string;
  references: ReferenceFields;
  /** CSV only: the schema of a stored entry (a row plus its line number). */
  entrySchema?: unknown;
  /** CSV only: the column that gives a row its id (unique); without it a row's id is its row number. */
  idField?: string;
}

export const COLLECTION_TABLE = {
  site: { kind: 'yaml-file', file: 'site.yaml', schema: siteSchema, references: { 'publicFigures.source': 'sources' } },
  themes: {
    kind: 'folder',
    folder: 'themes',
    extensions: ['md', 'mdx'],
    newExtension: 'md',
    recursive: true,
    schema: themeSchema,
    references: { related: 'themes', sources: 'sources' },
  },
  insights: {
    kind: 'folder',
    folder: 'insights',
    extensions: ['md', 'mdx'],
    newExtension: 'mdx',
    recursive: true,
    schema: insightSchema,
    references: { themes: 'themes', visuals: 'visuals', tables: 'tables', sources: 'sources' },
  },
  stories: {
    kind: 'folder',
    folder: 'stories',
    extensions: ['md', 'mdx'],
    newExtension: 'mdx',
    recursive: true,
    schema: storySchema,
    references: { themes: 'themes', table: 'tables' },
  },
  chapters: {
    kind: 'folder',
    folder: 'chapters',
    extensions: ['md', 'mdx'],
    newExtension: 'mdx',
    recursive: true,
    schema: chapterSchema,
    references: { themes: 'themes', insights: 'insights', tables: 'tables', sources: 'sources' },
  },
  visuals: {
    kind: 'folder',
    folder: 'visuals',
    extensions: ['yaml', 'yml'],
    newExtension: 'yaml',
    recursive: false,
    schema: visualSchema,
    references: { themes: 'themes' },
  },
  faq: {
    kind: 'folder',
    folder: 'faq',
    extensions: ['md', 'mdx'],
    newExtension: 'md',
    recursive: true,
    schema: faqSchema,
    references: { themes: 'themes', sources: 'sources' },
  },
  pages: {
    kind: 'folder',
    folder: 'pages',
    extensions: ['md', 'mdx'],
    newExtension: 'mdx',
    recursive: true,
    schema: pageSchema,
    references: { sources: 'sources' },
  },
  sources: {
    kind: 'folder',
    folder: 'sources',
    extensions: ['md', 'mdx'],
    newExtension: 'md',
    recursive: false,
    schema: sourceSchema,
    references: {},
  },
  followups: {
    kind: 'folder',
    folder: 'followups',
    extensions: ['md', 'mdx'],
    newExtension: 'md',
    recursive: true,
    schema: followUpSchema,
    references: {
      'updates.status': 'statuses',
      'updates.source': 'sources',
      'responsible.source': 'sources',
      themes: 'themes',
      insights: 'insights',
      chapters: 'chapters',
      tables: 'tables',
    },
  },
  tables: {
    kind: 'csv',
    file: 'tables.csv',
    schema: tableSchema,
    entrySchema: tableEntrySchema,
    idField: 'id',
    references: { themes: 'themes' },
  },
  ideas: {
    kind: 'csv',
    file: 'ideas.csv',
    schema: ideaSchema,
    entrySchema: ideaEntrySchema,
    references: { table: 'tables', theme: 'themes' },
  },
} as const satisfies Record<string, (FolderCollection | FileCollection) & { schema: unknown }>;

export type CollectionName = keyof typeof COLLECTION_TABLE;
export const COLLECTION_NAMES = Object.keys(COLLECTION_TABLE) as CollectionName[];

type Table = typeof COLLECTION_TABLE;
/** Collections kept as a folder of Markdown/MDX entries. */
export type MarkdownCollection = {
  [K in CollectionName]: Table[K] extends { extensions: readonly ['md', 'mdx'] } ? K : never;
}[CollectionName];
export const MARKDOWN_COLLECTIONS = COLLECTION_NAMES.filter((name) => {
  const entry: FolderCollection | FileCollection = COLLECTION_TABLE[name];
  return entry.kind === 'folder' && entry.extensions.includes('md');
}) as MarkdownCollection[];
/** Collections kept as one CSV file. */
export type CsvCollection = { [K in CollectionName]: Table[K]['kind'] extends 'csv' ? K : never }[CollectionName];

/** Files and folders whose name starts with this are notes for editors, not content. */
export const NOTE_PREFIX = '_';

/** True when a path (relative to its collection's folder) is a note for editors: any part starts with `_`. */
export const isNote = (relative: string) => relative.split(/[\\/]/).some((part) => part.startsWith(NOTE_PREFIX));

/** A regular expression matching the file names of a folder collection's entries. */
export const entryFilePattern = (collection: FolderCollection) => new RegExp(`\\.(${collection.extensions.join('|')})$`);

/** The ids a piece of data points at, per reference field; reads raw front matter as well as parsed data. */
export function referencesOf(
  collection: CollectionName,
  data: Readonly<Record<string, unknown>>,
): { field: string; target: ReferenceTarget; ids: string[] }[] {
  const fields: ReferenceFields = COLLECTION_TABLE[collection].references;
  return Object.entries(fields).map(([field, target]) => ({ field, target, ids: idsAt(data, field.split('.')) }));
}

function idsAt(value: unknown, path: readonly string[]): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => idsAt(item, path));
  if (path.length === 0) return typeof value === 'string' ? [value] : [];
  if (value === null || typeof value !== 'object') return [];
  return idsAt((value as Record<string, unknown>)[path[0]!], path.slice(1));
}
