import { z } from 'astro/zod';
import { altText, boundedText, exampleFlag, slug, uniqueList } from './shared';

/** Chart types an editor can choose. */
export const VISUAL_TYPES = ['bar', 'stacked-bar', 'grouped-bar', 'line', 'area', 'waffle', 'tile-map', 'timeline'] as const;

/** A visual: a YAML spec in `content/visuals/<slug>.yaml`, with its data in a CSV beside it or from the site's own data. */
export const visualSchema = z.strictObject({
  title: boundedText(5, 100),
  type: z.enum(VISUAL_TYPES, { error: `moet een van deze grafieksoorten zijn: ${VISUAL_TYPES.join(', ')}` }),
  /** The main finding in one or two sentences: the text alternative for the chart. */
  alt: altText,
  caption: boundedText(10, 400),
  source: boundedText(3, 200),
  /** Where the numbers come from: a CSV file next to the spec, or the site's own tables or ideas. */
  data: z.union([
    z.strictObject({ file: z.string().regex(/^[\w.-]+\.csv$/, { error: 'moet een CSV-bestand naast de spec zijn, bijvoorbeeld deelname.csv' }) }),
    z.strictObject({ from: z.enum(['tables', 'ideas'], { error: 'moet "tables" of "ideas" zijn' }) }),
  ]),
  themes: uniqueList(slug('thema'), 'thema'),
  example: exampleFlag,
});
export type VisualData = z.output<typeof visualSchema>;
