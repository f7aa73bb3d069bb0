import { z } from 'astro/zod';
import { boundedText, calendarDate, region, slug, track } from './shared.ts';

/** A yes/no cell in a spreadsheet. */
export const csvBoolean = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['ja', 'nee', 'true', 'false', ''], { error: 'moet "ja" of "nee" zijn' }))
  .transform((value) => value === 'ja' || value === 'true');

/** A list in one cell, separated by semicolons or pipes: "wonen;werken". */
export const csvList = (item: z.ZodString) =>
  z
    .string()
    .transform((value) =>
      value
        .split(/[;|]/)
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

/** One dialogue table: a row of `content/tables.csv`. */
export const tableSchema = z.strictObject({
  /** Unique id, e.g. "T01". Ideas and stories refer to it. */
  id: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{1,20}$/, { error: 'moet een korte code zijn van letters, cijfers en streepjes, bijvoorbeeld T01' }),
  date: calendarDate,
  track,
  region,
  /** Number of people at the table. */
  participants: z.coerce
    .number({ error: 'moet een getal zijn' })
    .int({ error: 'moet een heel getal zijn' })
    .min(1, { error: 'moet minstens 1 zijn' })
    .max(500),
  /** Themes discussed (slugs), separated by semicolons. */
  themes: csvList(slug('thema')),
  /** Short description of who sat at the table. */
  title: boundedText(3, 120),
  /** "ja" when the row is illustrative (voorbeeld) rather than public record. */
  example: csvBoolean,
  /** For a real table: where it is on record (a document's name and date). Optional column. */
  source: z.string().trim().max(200, { error: 'houd de bron onder 200 tekens: een naam en een datum' }).optional(),
});
export type TableData = z.output<typeof tableSchema>;

/** A stored table: the row plus its row number in the CSV, so errors and pages can point back to it. */
export const tableEntrySchema = tableSchema.extend({ line: z.number().int() });
