import { z } from 'astro/zod';
import { boundedText, nonEmptyUniqueList, slug, track, uniqueList } from './shared.ts';
import { sourceList } from './source.ts';

/** A chapter of the final product: MDX in `content/chapters/<slug>.mdx`. */
export const chapterSchema = z.strictObject({
  /** Position in the product (1 first). Must be unique. */
  order: z
    .number({ error: 'moet een getal zijn' })
    .int()
    .min(1)
    .meta({ title: 'Volgorde', description: 'Plaats in het eindproduct; 1 is het eerste hoofdstuk. Elk hoofdstuk een eigen nummer.' }),
  title: boundedText(3, 110).meta({ title: 'Titel' }),
  /** Short title for the table of contents and previous/next links. */
  shortTitle: boundedText(2, 40).meta({
    title: 'Korte titel',
    description: 'Voor de inhoudsopgave en de links naar het vorige en volgende hoofdstuk.',
  }),
  summary: boundedText(20, 280).meta({ title: 'Samenvatting', description: 'Voor overzichten en de deelkaart.' }),
  /** The chapter in plain language (eenvoudige taal, B1). */
  plainSummary: boundedText(20, 900).meta({
    title: 'In eenvoudige taal',
    description: 'Het hoofdstuk in eenvoudige taal (B1), korter dan het hoofdstuk zelf.',
  }),
  /** Themes the chapter covers (slugs). */
  themes: nonEmptyUniqueList(slug('thema'), 'thema').meta({ title: "Thema's", description: 'Minstens één thema.' }),
  /** Insights it builds on (slugs), for provenance. */
  insights: uniqueList(slug('inzicht'), 'inzicht').meta({
    title: 'Inzichten',
    description: 'Optioneel: de inzichten waarop het hoofdstuk steunt.',
  }),
  /** Tracks it draws on. */
  tracks: uniqueList(track, 'spoor').meta({ title: 'Sporen', description: 'Optioneel: de sporen waarop het hoofdstuk steunt.' }),
  /** Dialogue table ids it draws on, for provenance. */
  tables: uniqueList(z.string(), 'tafel-id').meta({
    title: 'Dialoogtafels',
    description: 'Optioneel: ids van tafels uit tables.csv, als herkomst.',
  }),
  /** The sources (ids from content/sources/) its facts come from; listed under the text. */
  sources: sourceList,
});
export type ChapterData = z.output<typeof chapterSchema>;
