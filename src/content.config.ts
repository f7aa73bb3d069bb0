import path from 'node:path';
import { defineCollection } from 'astro:content';
import { getContentDir } from './config/content-dir';
import { csvLoader } from './loaders/csv-loader';
import { strictGlob } from './loaders/strict-glob';
import { yamlSingletonLoader } from './loaders/yaml-singleton-loader';
import { chapterSchema } from './schemas/chapter';
import { faqSchema } from './schemas/faq';
import { followUpSchema } from './schemas/followup';
import { ideaEntrySchema, ideaSchema } from './schemas/idea';
import { insightSchema } from './schemas/insight';
import { pageSchema } from './schemas/page';
import { siteSchema } from './schemas/site';
import { storySchema } from './schemas/story';
import { tableEntrySchema, tableSchema } from './schemas/table';
import { themeSchema } from './schemas/theme';
import { visualSchema } from './schemas/visual';

const contentDir = getContentDir();
const inContent = (...parts: string[]) => path.join(contentDir, ...parts);
/** Files and folders starting with an underscore are notes for editors, not content. */
const markdown = (folder: string) => strictGlob({ base: inContent(folder), pattern: ['**/*.{md,mdx}', '!**/_*'] });

export const collections = {
  site: defineCollection({ loader: yamlSingletonLoader(inContent('site.yaml'), siteSchema, 'site'), schema: siteSchema }),
  themes: defineCollection({ loader: markdown('themes'), schema: themeSchema }),
  insights: defineCollection({ loader: markdown('insights'), schema: insightSchema }),
  stories: defineCollection({ loader: markdown('stories'), schema: storySchema }),
  chapters: defineCollection({ loader: markdown('chapters'), schema: chapterSchema }),
  visuals: defineCollection({ loader: strictGlob({ base: inContent('visuals'), pattern: ['*.{yaml,yml}', '!_*'] }), schema: visualSchema }),
  faq: defineCollection({ loader: markdown('faq'), schema: faqSchema }),
  pages: defineCollection({ loader: markdown('pages'), schema: pageSchema }),
  followups: defineCollection({ loader: markdown('followups'), schema: followUpSchema }),
  tables: defineCollection({
    loader: csvLoader({ file: inContent('tables.csv'), schema: tableSchema, idOf: (row) => row.id }),
    schema: tableEntrySchema,
  }),
  ideas: defineCollection({
    loader: csvLoader({ file: inContent('ideas.csv'), schema: ideaSchema }),
    schema: ideaEntrySchema,
  }),
};
