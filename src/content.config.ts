import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { contentModel } from 'virtual:oogst/content-model';
import { COLLECTION_TABLE, type CollectionName } from './collections/collection-table.ts';
import { modelLoader } from './model/model-loader.ts';

/**
 * Every collection of src/collections/collection-table.ts, loaded from the one content model
 * that astro.config.mjs read and checked (virtual:oogst/content-model). The schemas are the
 * table's: the model ran them; here they give the collections their types.
 */
const load = (collection: CollectionName) => modelLoader(collection, () => contentModel, existsSync);
const { site, themes, insights, stories, chapters, visuals, faq, pages, sources, followups, tables, ideas } = COLLECTION_TABLE;

export const collections = {
  site: defineCollection({ loader: load('site'), schema: site.schema }),
  themes: defineCollection({ loader: load('themes'), schema: themes.schema }),
  insights: defineCollection({ loader: load('insights'), schema: insights.schema }),
  stories: defineCollection({ loader: load('stories'), schema: stories.schema }),
  chapters: defineCollection({ loader: load('chapters'), schema: chapters.schema }),
  visuals: defineCollection({ loader: load('visuals'), schema: visuals.schema }),
  faq: defineCollection({ loader: load('faq'), schema: faq.schema }),
  pages: defineCollection({ loader: load('pages'), schema: pages.schema }),
  sources: defineCollection({ loader: load('sources'), schema: sources.schema }),
  followups: defineCollection({ loader: load('followups'), schema: followups.schema }),
  tables: defineCollection({ loader: load('tables'), schema: tables.entrySchema }),
  ideas: defineCollection({ loader: load('ideas'), schema: ideas.entrySchema }),
};
