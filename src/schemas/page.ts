import { z } from 'astro/zod';
import { boundedText, calendarDate } from './shared.ts';
import { sourceList } from './source.ts';

/** A plain page (about, accessibility, privacy): MDX in `content/pages/<slug>.mdx`. */
export const pageSchema = z.strictObject({
  title: boundedText(2, 90).meta({ title: 'Titel' }),
  description: boundedText(20, 200).meta({
    title: 'Omschrijving',
    description: 'Een of twee zinnen voor zoekmachines en linkvoorbeelden.',
  }),
  /** Last substantive change, shown on the page. */
  updated: calendarDate.meta({ title: 'Bijgewerkt', description: 'De datum van de laatste inhoudelijke wijziging; staat op de pagina.' }),
  /** The sources (ids from content/sources/) its facts come from; listed under the text. */
  sources: sourceList,
});
export type PageData = z.output<typeof pageSchema>;
