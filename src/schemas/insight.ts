import { z } from 'astro/zod';
import { quoteSchema } from './quote';
import { boundedText, calendarDate, nonEmptyUniqueList, slug, track, uniqueList } from './shared';

/** An insight ("inzicht"): MDX in `content/insights/<slug>.mdx`. */
export const insightSchema = z.strictObject({
  /** The insight in one sentence. */
  title: boundedText(5, 110),
  /** Its number in the published list (1–6 in the default dialogue). */
  number: z.number({ error: 'moet een getal zijn' }).int().min(1),
  /** Short explanation for overviews and the share card. */
  summary: boundedText(20, 280),
  /** The same in plain language (eenvoudige taal, B1). */
  plainSummary: boundedText(20, 600),
  /** When the insight was presented, e.g. the council of ministers of 2021-05-26. */
  date: calendarDate,
  /** Themes the insight touches (slugs). */
  themes: nonEmptyUniqueList(slug('thema'), 'thema'),
  /** The quote set large on the page and its share card. */
  keyQuote: quoteSchema,
  /** Visuals that support it (slugs). */
  visuals: uniqueList(slug('visual'), 'visual'),
  /** Tracks whose tables it draws on. */
  tracks: uniqueList(track, 'spoor'),
  /** Dialogue table ids it draws on (from tables.csv), for provenance. */
  tables: uniqueList(z.string(), 'tafel-id'),
});
export type InsightData = z.output<typeof insightSchema>;
