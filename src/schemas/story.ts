import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { altText, boundedText, calendarDate, exampleFlag, kind, nonEmptyUniqueList, region, slug, track } from './shared';

/** A story ("verhaal"): MDX in `content/stories/<slug>.mdx`, with its image beside it. */
export const storySchema = ({ image }: SchemaContext) =>
  z.strictObject({
    title: boundedText(5, 100),
    /** When the story happened or was told. */
    date: calendarDate,
    /** knel (what got squeezed), kiem (what sprouted) or idee. */
    kind,
    track,
    region,
    themes: nonEmptyUniqueList(slug('thema'), 'thema'),
    /** One or two sentences for overviews and search results. */
    summary: boundedText(20, 240),
    /** The sentence set large on the page and on the share card. */
    pullQuote: boundedText(5, 200),
    /** The image at the top: a file next to the story and a description of what it shows. */
    hero: z.strictObject({
      src: image(),
      alt: altText,
    }),
    /** The dialogue table the story comes from (id in tables.csv). */
    table: z.string().optional(),
    /** Illustrative story written for the demo: labelled "voorbeeld" on the page. */
    example: exampleFlag,
    /** Drafts show in the dev server only. */
    draft: z.boolean({ error: 'moet true of false zijn' }).default(false),
  });
export type StoryData = z.output<ReturnType<typeof storySchema>>;
