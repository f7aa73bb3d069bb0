import { z } from 'astro/zod';
import { boundedText, exampleFlag, slug, uniqueList } from './shared.ts';

/** How exact a date is: a day, or only the month when the record says no more ("juli 2021"). */
export type DatePrecision = 'day' | 'month';

/**
 * A date to the day (2021-05-26) or to the month (2021-07), for records that name only the
 * month. Becomes the first day of that month for sorting, with its precision kept for display.
 */
export const recordDate = z
  .union([z.date(), z.string()], { error: 'moet een datum zijn: JJJJ-MM-DD, of JJJJ-MM als alleen de maand bekend is' })
  .transform((value, ctx): { date: Date; precision: DatePrecision } => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return { date: value, precision: 'day' };
    const text = value instanceof Date ? '' : value.trim();
    const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
    const [year, month, day] = match ? [Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3])] : [0, 0, 0];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (!match || month < 1 || month > 12 || date.getUTCDate() !== day) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is geen datum; schrijf JJJJ-MM-DD (2021-05-26), of JJJJ-MM (2021-07) als alleen de maand bekend is`,
      });
      return z.NEVER;
    }
    return { date, precision: match[3] === undefined ? 'month' : 'day' };
  });
export type RecordDate = z.output<typeof recordDate>;

/**
 * Where an update comes from: a document that exists (its name and date, and a link when it is
 * online). An update without one must be marked `example: true`.
 */
export const followUpSourceSchema = z
  .strictObject({
    /** Name of the document, as published, e.g. "Perspectief voor en door de samenleving". */
    document: boundedText(3, 160).meta({
      title: 'Document',
      description: 'Naam van het document waar deze stap in staat, zoals het gepubliceerd is',
    }),
    /** Date of the document. */
    date: recordDate.meta({
      title: 'Datum van het document',
      description: 'Datum van het document (JJJJ-MM-DD, of JJJJ-MM als alleen de maand bekend is)',
    }),
    /** Where the document can be read, when it is online. */
    url: z
      .url({ error: 'moet een volledige URL zijn, bijvoorbeeld https://www.rijksoverheid.nl/documenten/…' })
      .optional()
      .meta({ title: 'Link', description: 'Link naar het document, als het online staat' }),
  })
  .meta({ title: 'Bron', description: 'Bron van deze stap: een bestaand document met naam en datum' });

/** One dated step in the timeline of a follow-up. */
export const followUpUpdateSchema = z.strictObject({
  /** When it happened. */
  date: recordDate.meta({
    title: 'Datum',
    description: 'Wanneer deze stap gebeurde (JJJJ-MM-DD, of JJJJ-MM als alleen de maand bekend is)',
  }),
  /** What happened, in one or two plain sentences. */
  text: boundedText(10, 600).meta({ title: 'Wat er gebeurde', description: 'Wat er gebeurde, in een of twee zinnen eenvoudige taal' }),
  /** The status after this step (an id from `followUpStatuses` in site.yaml), when it changed. */
  status: slug('status')
    .optional()
    .meta({ title: 'Nieuwe status', description: 'De status na deze stap (een id uit followUpStatuses in site.yaml), als die veranderde' }),
  source: followUpSourceSchema.optional(),
  /** True when this step is illustrative rather than public record; the page then says "voorbeeld". */
  example: exampleFlag.meta({
    title: 'Voorbeeld',
    description: 'Zet op true als deze stap een voorbeeld is en niet uit een bestaand document komt',
  }),
});
export type FollowUpUpdate = z.output<typeof followUpUpdateSchema>;

/**
 * A follow-up ("opvolging"): what was done with an insight, a recommendation or a chapter.
 * Markdown in `content/followups/<slug>.md`; the body tells the story at more length.
 */
export const followUpSchema = z
  .strictObject({
    /** What was asked or promised, as a short sentence. */
    title: boundedText(5, 110).meta({ title: 'Titel', description: 'Wat er gevraagd of beloofd werd, in een korte zin' }),
    /** What happened with it, in plain language (eenvoudige taal, B1): for overviews, search and the share card. */
    summary: boundedText(20, 300).meta({
      title: 'Samenvatting',
      description: 'Wat ermee gebeurde, in eenvoudige taal (B1); komt in overzichten en op de deelkaart',
    }),
    /** Where it stands now: an id from `followUpStatuses` in site.yaml. */
    status: slug('status').meta({ title: 'Status', description: 'Hoe het er nu voor staat: een id uit followUpStatuses in site.yaml' }),
    /** Who is responsible for it, e.g. a ministry or "het kabinet". */
    responsible: boundedText(2, 120).meta({
      title: 'Verantwoordelijk',
      description: 'Wie ervoor verantwoordelijk is, bijvoorbeeld een ministerie',
    }),
    /** When the follow-up started: the date of the promise or the request. */
    started: recordDate.meta({
      title: 'Begonnen',
      description: 'Wanneer het begon: de datum van de toezegging of de vraag (JJJJ-MM-DD of JJJJ-MM)',
    }),
    /** When it should be done, when that was said. */
    due: recordDate
      .optional()
      .meta({ title: 'Beoogd klaar', description: 'Wanneer het klaar zou moeten zijn, als dat gezegd is (JJJJ-MM-DD of JJJJ-MM)' }),
    /** The dated steps, in any order; pages show them oldest first, the feed newest first. */
    updates: z
      .array(followUpUpdateSchema, { error: 'moet een lijst van stappen zijn (date, text, source)' })
      .min(1, { error: 'noem minstens één stap: wanneer het begon en waar dat staat' })
      .meta({ title: 'Stappen', description: 'De stappen met datum, tekst en bron' }),
    /** Themes it answers (slugs). */
    themes: uniqueList(slug('thema'), 'thema').meta({ title: "Thema's", description: "Thema's waar dit antwoord op geeft (slugs)" }),
    /** Insights it answers (slugs). */
    insights: uniqueList(slug('inzicht'), 'inzicht').meta({
      title: 'Inzichten',
      description: 'Inzichten waar dit antwoord op geeft (slugs)',
    }),
    /** Chapters of the final product it answers (slugs). */
    chapters: uniqueList(slug('hoofdstuk'), 'hoofdstuk').meta({
      title: 'Hoofdstukken',
      description: 'Hoofdstukken van het eindproduct waar dit antwoord op geeft (slugs)',
    }),
    /** Dialogue tables whose ideas it answers (ids from tables.csv). */
    tables: uniqueList(z.string(), 'tafel-id').meta({
      title: 'Dialoogtafels',
      description: 'Dialoogtafels waar dit antwoord op geeft (ids uit tables.csv)',
    }),
    /** True when the whole follow-up is illustrative; every page, card and file then says "voorbeeld". */
    example: exampleFlag.meta({
      title: 'Voorbeeld',
      description: 'Zet op true als de hele opvolging een voorbeeld is; overal staat dan "voorbeeld"',
    }),
  })
  .superRefine((data, ctx) => {
    if (data.themes.length + data.insights.length + data.chapters.length + data.tables.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['themes'],
        message: 'noem minstens één thema, inzicht, hoofdstuk of tafel waar deze opvolging antwoord op geeft',
      });
    }
    data.updates.forEach((update, index) => {
      if (!data.example && !update.example && update.source === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['updates', index, 'source'],
          message: 'noem de bron van deze stap (source met document en date), of zet example: true als het een voorbeeld is',
        });
      }
    });
    if (data.due && data.due.date.getTime() < data.started.date.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['due'], message: 'ligt vóór started; een einddatum kan niet eerder zijn dan het begin' });
    }
  });
export type FollowUpData = z.output<typeof followUpSchema>;
