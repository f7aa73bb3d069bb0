import { z } from 'astro/zod';

/** How exact a date is: a day, a month or only a year, as far as the record says ("juli 2021", "2021"). */
export type DatePrecision = 'day' | 'month' | 'year';

/** A parsed calendar date (midnight UTC) and how precise the source was. */
export interface ParsedDate {
  date: Date;
  precision: DatePrecision;
}

/** Reads JJJJ, JJJJ-MM or JJJJ-MM-DD; undefined for anything else (also a day not on the calendar). */
export function parseDate(value: unknown): ParsedDate | undefined {
  const text = String(value ?? '').trim();
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return undefined;
  const [year, month = '01', day = '01'] = [match[1], match[2], match[3]];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return undefined;
  return { date, precision: match[3] ? 'day' : match[2] ? 'month' : 'year' };
}

/**
 * A date to the day (2021-05-26), to the month (2021-07) or to the year (2021), for records
 * that name no more. Becomes the first day of that month or year for sorting, with its
 * precision kept for every output (pages, feeds, data files).
 */
export const recordDate = z
  .union([z.date(), z.string(), z.number()], {
    error: 'moet een datum zijn: JJJJ-MM-DD, of JJJJ-MM als alleen de maand bekend is, of JJJJ als alleen het jaar bekend is',
  })
  .transform((value, ctx): { date: Date; precision: DatePrecision } => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return { date: value, precision: 'day' };
    // YAML reads a bare year (2021) as a number.
    const text = value instanceof Date ? '' : String(value).trim();
    const parsed = parseDate(text);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is geen datum; schrijf JJJJ-MM-DD (2021-05-26), JJJJ-MM (2021-07) als alleen de maand bekend is, of JJJJ (2021) als alleen het jaar bekend is`,
      });
      return z.NEVER;
    }
    return parsed;
  });
export type RecordDate = z.output<typeof recordDate>;
