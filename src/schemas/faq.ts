import { z } from 'astro/zod';
import { boundedText, uniqueList, slug } from './shared';

/** A frequently asked question: Markdown in `content/faq/<slug>.md`; the body is the answer. */
export const faqSchema = z.strictObject({
  question: boundedText(5, 160),
  order: z.number({ error: 'moet een getal zijn' }).int().min(1),
  /** Themes the question is about, if any. */
  themes: uniqueList(slug('thema'), 'thema'),
});
export type FaqData = z.output<typeof faqSchema>;
