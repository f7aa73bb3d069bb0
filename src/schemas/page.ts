import { z } from 'astro/zod';
import { boundedText, calendarDate } from './shared';

/** A plain page (about, accessibility, privacy): MDX in `content/pages/<slug>.mdx`. */
export const pageSchema = z.strictObject({
  title: boundedText(2, 90),
  description: boundedText(20, 200),
  /** Last substantive change, shown on the page. */
  updated: calendarDate,
});
export type PageData = z.output<typeof pageSchema>;
