import { z } from 'astro/zod';
import { boundedText, uniqueList, slug } from './shared.ts';
import { sourceList } from './source.ts';

/** A frequently asked question: Markdown in `content/faq/<slug>.md`; the body is the answer. */
export const faqSchema = z.strictObject({
  question: boundedText(5, 160).meta({ title: 'Vraag' }),
  order: z
    .number({ error: 'moet een getal zijn' })
    .int()
    .min(1)
    .meta({ title: 'Volgorde', description: 'Plaats in de lijst; 1 komt eerst.' }),
  /** Themes the question is about, if any. */
  themes: uniqueList(slug('thema'), 'thema').meta({ title: "Thema's", description: "Optioneel: de thema's waar de vraag over gaat." }),
  /** The sources (ids from content/sources/) its facts come from; listed under the text. */
  sources: sourceList,
});
export type FaqData = z.output<typeof faqSchema>;
