import { z } from 'astro/zod';
import { boundedText, nonEmptyUniqueList, slug, track, uniqueList } from './shared';

/** A chapter of the final product: MDX in `content/chapters/<slug>.mdx`. */
export const chapterSchema = z.strictObject({
  /** Position in the product (1 first). Must be unique. */
  order: z.number({ error: 'moet een getal zijn' }).int().min(1),
  title: boundedText(3, 110),
  /** Short title for the table of contents and previous/next links. */
  shortTitle: boundedText(2, 40),
  summary: boundedText(20, 280),
  /** The chapter in plain language (eenvoudige taal, B1). */
  plainSummary: boundedText(20, 900),
  /** Themes the chapter covers (slugs). */
  themes: nonEmptyUniqueList(slug('thema'), 'thema'),
  /** Insights it builds on (slugs), for provenance. */
  insights: uniqueList(slug('inzicht'), 'inzicht'),
  /** Tracks it draws on. */
  tracks: uniqueList(track, 'spoor'),
  /** Dialogue table ids it draws on, for provenance. */
  tables: uniqueList(z.string(), 'tafel-id'),
});
export type ChapterData = z.output<typeof chapterSchema>;
