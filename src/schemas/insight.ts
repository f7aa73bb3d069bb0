import { z } from 'astro/zod';
import { quoteSchema } from './quote.ts';
import { boundedText, calendarDate, nonEmptyUniqueList, slug, track, uniqueList } from './shared.ts';
import { sourceList } from './source.ts';

/** An insight ("inzicht"): MDX in `content/insights/<slug>.mdx`. */
export const insightSchema = z.strictObject({
  /** The insight in one sentence. */
  title: boundedText(5, 110).meta({ title: 'Titel', description: 'Het inzicht in één zin; ook de titel van de deelkaart.' }),
  /** Its number in the published list (1–6 in the default dialogue). */
  number: z
    .number({ error: 'moet een getal zijn' })
    .int()
    .min(1)
    .meta({ title: 'Nummer', description: 'Het nummer in de lijst van inzichten; elk inzicht een eigen nummer.' }),
  /** Short explanation for overviews and the share card. */
  summary: boundedText(20, 280).meta({ title: 'Samenvatting', description: 'Korte uitleg voor overzichten en de deelkaart.' }),
  /** The same in plain language (eenvoudige taal, B1). */
  plainSummary: boundedText(20, 600).meta({
    title: 'In eenvoudige taal',
    description: 'Hetzelfde in eenvoudige taal (B1): korte zinnen, gewone woorden.',
  }),
  /** When the insight was presented, e.g. the council of ministers of 2021-05-26. */
  date: calendarDate.meta({ title: 'Datum', description: 'Wanneer het inzicht is gepresenteerd.' }),
  /** Themes the insight touches (slugs). */
  themes: nonEmptyUniqueList(slug('thema'), 'thema').meta({ title: "Thema's", description: 'Minstens één thema.' }),
  /** The quote set large on the page and its share card. */
  keyQuote: quoteSchema.meta({ title: 'Citaat', description: 'Het citaat dat groot op de pagina en de deelkaart staat.' }),
  /** Visuals that support it (slugs). */
  visuals: uniqueList(slug('visual'), 'visual').meta({
    title: 'Grafieken',
    description: 'Optioneel: grafieken die het inzicht onderbouwen.',
  }),
  /** Tracks whose tables it draws on. */
  tracks: uniqueList(track, 'spoor').meta({ title: 'Sporen', description: 'Optioneel: de sporen waarvan de tafels bijdroegen.' }),
  /** Dialogue table ids it draws on (from tables.csv), for provenance. */
  tables: uniqueList(z.string(), 'tafel-id').meta({
    title: 'Dialoogtafels',
    description: 'Optioneel: ids van tafels uit tables.csv, als herkomst.',
  }),
  /** The sources (ids from content/sources/) its facts come from; listed under the text. */
  sources: sourceList,
});
export type InsightData = z.output<typeof insightSchema>;
