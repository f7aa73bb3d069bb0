import { z } from 'astro/zod';
import { altText, boundedText, exampleFlag, slug, uniqueList } from './shared.ts';

/**
 * Chart types an editor can choose. Deliberately no pie or 3D charts: lengths and
 * positions on a common scale are what readers compare best.
 */
export const VISUAL_TYPES = ['bar', 'stacked-bar', 'grouped-bar', 'line', 'area', 'waffle', 'tile-map', 'timeline', 'dot-matrix'] as const;
export type VisualType = (typeof VISUAL_TYPES)[number];

/** How bars, rows or groups are ordered: as in the data, by value or by label. */
export const VISUAL_SORTS = ['data', 'value-desc', 'value-asc', 'label'] as const;

/** Columns of the site's own data that can be grouped by. `month` and `year` are derived from `date`; ideas also get `track` and `region` of their table. */
export const GROUPABLE_COLUMNS = {
  tables: ['track', 'region', 'themes', 'month', 'year', 'example'],
  ideas: ['theme', 'kind', 'table', 'track', 'region', 'example'],
} as const;

const column = z.string({ error: 'moet de naam van een kolom zijn' }).trim().min(1, { error: 'noem een kolom uit de data' });

const csvFile = z
  .string({ error: 'moet een bestandsnaam zijn' })
  .regex(/^[\w.-]+\.csv$/, { error: 'moet een CSV-bestand naast de spec zijn, bijvoorbeeld deelname.csv' });

/** Where the numbers come from: a CSV file next to the spec, or a count or sum over the site's own tables or ideas. */
const dataSource = z.union(
  [
    z.strictObject({ file: csvFile }),
    z.strictObject({
      from: z.enum(['tables', 'ideas'], { error: 'moet "tables" of "ideas" zijn' }),
      /** Columns to group rows by, e.g. [track]. Each group becomes one row of the chart's data. */
      groupBy: z.array(column).min(1, { error: 'noem minstens één kolom om op te groeperen, bijvoorbeeld [track]' }),
      /** A number column to add up per group, e.g. participants. Without it, rows are counted. */
      sum: column.optional(),
    }),
  ],
  { error: 'data moet "file: naam.csv" zijn, of "from: tables" / "from: ideas" met "groupBy"' },
);

/** Which data column feeds which part of the chart. Which ones are needed depends on the type. */
const encodingSchema = z.strictObject({
  /** Category: bar rows, waffle groups, provinces (region slugs) of a tile map, matrix rows, event titles. */
  label: column.optional(),
  /** The number shown. */
  value: column.optional(),
  /** Second category: stack or group parts, lines, matrix columns. */
  series: column.optional(),
  /** Dates on the horizontal axis of a line or area chart (JJJJ-MM-DD, JJJJ-MM or JJJJ). */
  x: column.optional(),
  /** Start and (optional) end date of a timeline event. */
  start: column.optional(),
  end: column.optional(),
  /** Extra line of text under a timeline event. */
  note: column.optional(),
});
export type VisualEncoding = z.output<typeof encodingSchema>;

/** The unit of the numbers, singular and plural: "deelnemer"/"deelnemers". A single word is used for both. */
const unitSchema = z
  .union([z.string().trim().min(1), z.strictObject({ one: z.string().trim().min(1), other: z.string().trim().min(1) })], {
    error: 'moet een eenheid zijn, bijvoorbeeld "tafels" of { one: tafel, other: tafels }',
  })
  .transform((unit) => (typeof unit === 'string' ? { one: unit, other: unit } : unit));

/** Settings that only some chart types use. */
const optionsSchema = z
  .strictObject({
    /** Waffle: how many people one square stands for. Chosen automatically when absent. */
    perUnit: z.number({ error: 'moet een getal zijn' }).int().min(1).optional(),
    /** Order of the series (stack parts, lines, matrix columns) by their values in the data. */
    seriesOrder: z.array(z.string()).optional(),
    /** Line and area: mark and label every point (default when there are at most 12). */
    showPoints: z.boolean().optional(),
  })
  .default({});

/** A visual: a YAML spec in `content/visuals/<slug>.yaml`, with its data in a CSV beside it or from the site's own data. */
export const visualSchema = z
  .strictObject({
    /** Heading of the chart and its page; a question or a finding, e.g. "Wie schoven aan?". */
    title: boundedText(5, 100),
    /** Chart type; which `encoding` fields it needs is in REQUIRED_ENCODINGS. */
    type: z.enum(VISUAL_TYPES, { error: `moet een van deze grafieksoorten zijn: ${VISUAL_TYPES.join(', ')}` }),
    /** The main finding in one or two sentences: the text alternative for the chart. */
    alt: altText,
    /** What the chart shows and how to read it; under the chart. */
    caption: boundedText(10, 400),
    /** Where the numbers come from; under the chart and in every download. */
    source: boundedText(3, 200),
    data: dataSource,
    encoding: encodingSchema,
    /** Unit of the numbers; none by default. */
    unit: unitSchema.default({ one: '', other: '' }),
    /** Order of bars, groups and rows; `data` (the default) keeps the order of the data. */
    sort: z.enum(VISUAL_SORTS, { error: `moet een van deze volgordes zijn: ${VISUAL_SORTS.join(', ')}` }).default('data'),
    /** Categories (values of the label column) to stand out; the others are drawn muted. */
    highlight: uniqueList(z.string(), 'categorie'),
    /** Display names for values in the data, e.g. { burgers: Burgers }. Themes, tracks, kinds and provinces have defaults. */
    labels: z.record(z.string(), z.string()).default({}),
    /** Column headings for the data table and the CSV download, e.g. { participants: Deelnemers }. */
    columns: z.record(z.string(), z.string()).default({}),
    options: optionsSchema,
    /** Themes the chart is about (slugs); it is listed on their pages. */
    themes: uniqueList(slug('thema'), 'thema'),
    /** True when the numbers are illustrative; the page then says "voorbeeld". */
    example: exampleFlag,
  })
  .superRefine((spec, ctx) => {
    for (const [field, message] of checkEncodings(spec)) ctx.addIssue({ code: 'custom', path: field.split('.'), message });
  });
export type VisualSpec = z.output<typeof visualSchema>;
/** The same as VisualSpec, under the name the other collections use. */
export type VisualData = VisualSpec;

/** The encodings each chart type needs; checked after parsing so the message names the type. */
export const REQUIRED_ENCODINGS: Record<VisualType, (keyof VisualEncoding)[]> = {
  bar: ['label', 'value'],
  'stacked-bar': ['label', 'series', 'value'],
  'grouped-bar': ['label', 'series', 'value'],
  line: ['x', 'value'],
  area: ['x', 'value'],
  waffle: ['label', 'value'],
  'tile-map': ['label', 'value'],
  timeline: ['start', 'label'],
  'dot-matrix': ['label', 'series', 'value'],
};

/** Problems with the combination of type and encodings, as [field, Dutch message] pairs. */
export function checkEncodings(spec: Pick<VisualSpec, 'type' | 'encoding'>): [string, string][] {
  return REQUIRED_ENCODINGS[spec.type]
    .filter((key) => !spec.encoding[key])
    .map((key) => [
      `encoding.${key}`,
      `een grafiek van het type "${spec.type}" heeft encoding.${key} nodig: noem de kolom met ${ENCODING_HINTS[key]}`,
    ]);
}

const ENCODING_HINTS: Record<keyof VisualEncoding, string> = {
  label: 'de categorieën (bijvoorbeeld track of region)',
  value: 'de getallen',
  series: 'de tweede indeling (bijvoorbeeld kind)',
  x: 'de datums',
  start: 'de begindatum',
  end: 'de einddatum',
  note: 'een toelichting',
};
