import path from 'node:path';
import { defineCollection } from 'astro:content';
import { COLLECTION_TABLE, globPatterns, type FolderCollection } from './collections/collection-table.ts';
import { getContentDir } from './config/content-dir.ts';
import { csvLoader } from './loaders/csv-loader.ts';
import { strictGlob } from './loaders/strict-glob.ts';
import { yamlSingletonLoader } from './loaders/yaml-singleton-loader.ts';

const contentDir = getContentDir();
const inContent = (...parts: string[]) => path.join(contentDir, ...parts);
/** A folder collection of the table, loaded with its patterns (notes for editors left out). */
const folder = (collection: FolderCollection) => strictGlob({ base: inContent(collection.folder), pattern: globPatterns(collection) });
const { site, themes, insights, stories, chapters, visuals, faq, pages, sources, followups, tables, ideas } = COLLECTION_TABLE;

/** Every collection of src/collections/collection-table.ts, with the loader its kind needs. */
export const collections = {
  site: defineCollection({ loader: yamlSingletonLoader(inContent(site.file), site.schema, 'site'), schema: site.schema }),
  themes: defineCollection({ loader: folder(themes), schema: themes.schema }),
  insights: defineCollection({ loader: folder(insights), schema: insights.schema }),
  stories: defineCollection({ loader: folder(stories), schema: stories.schema }),
  chapters: defineCollection({ loader: folder(chapters), schema: chapters.schema }),
  visuals: defineCollection({ loader: folder(visuals), schema: visuals.schema }),
  faq: defineCollection({ loader: folder(faq), schema: faq.schema }),
  pages: defineCollection({ loader: folder(pages), schema: pages.schema }),
  sources: defineCollection({ loader: folder(sources), schema: sources.schema }),
  followups: defineCollection({ loader: folder(followups), schema: followups.schema }),
  tables: defineCollection({
    loader: csvLoader({ file: inContent(tables.file), schema: tables.schema, idOf: (row) => row[tables.idField] }),
    schema: tables.entrySchema,
  }),
  ideas: defineCollection({
    loader: csvLoader({ file: inContent(ideas.file), schema: ideas.schema }),
    schema: ideas.entrySchema,
  }),
};
