export { recordDate, type DatePrecision, type RecordDate } from './record-date.ts';
import { z } from 'astro/zod';
import { recordDate } from './record-date.ts';
import { boundedText, exampleFlag, slug, uniqueList } from './shared.ts';
import { sourceId } from './source.ts';

/** One dated step in the timeline of a follow-up. */
export const followUpUpdateSchema = z
  .strictObject({
    /** When it happened; left out when the record only says when a document mentioned it (the source's date, "genoemd op"). */
    date: recordDate.optional().meta({
      title: 'Datum',
      description:
        'Wanneer deze stap gebeurde (JJJJ-MM-DD, JJJJ-MM of JJJJ). Laat leeg als alleen bekend is dat een document het noemt: dan telt de datum van de bron, en de site schrijft "genoemd op".',
    }),
    /** What happened, in one or two plain sentences. */
    text: boundedText(10, 600).meta({ title: 'Wat er gebeurde', description: 'Wat er gebeurde, in een of twee zinnen eenvoudige taal' }),
    /** The status after this step (an id from `followUpStatuses` in site.yaml), when its source says it changed. */
    status: slug('status').optional().meta({
      title: 'Nieuwe status',
      description: 'De status na deze stap (een id uit followUpStatuses in site.yaml), alleen als de bron zegt dat die veranderde',
    }),
    /** The source that holds this step: an id from content/sources/. */
    source: sourceId.optional().meta({ title: 'Bron', description: 'De bron waar deze stap in staat: een id uit content/sources/' }),
    /** True when this step is illustrative rather than public record; the page then says "voorbeeld". */
    example: exampleFlag.meta({
      title: 'Voorbeeld',
      description: 'Zet op true als deze stap een voorbeeld is en niet uit een bestaand document komt',
    }),
  })
  .refine((step) => step.date !== undefined || step.source !== undefined, {
    error: 'noem een datum (date) of een bron (source), waarvan de datum dan telt',
    path: ['date'],
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
    /** Who is responsible for it, as far as a source says; left out when no source names anyone. */
    responsible: z
      .strictObject({
        name: boundedText(2, 120).meta({ title: 'Wie', description: 'Wie ervoor verantwoordelijk is, bijvoorbeeld een ministerie' }),
        source: sourceId.optional().meta({ title: 'Bron', description: 'De bron die dat zegt: een id uit content/sources/' }),
      })
      .optional()
      .meta({
        title: 'Verantwoordelijk',
        description:
          'Optioneel: wie verantwoordelijk is, met de bron die dat zegt. Laat weg als geen bron het zegt; de site toont dan "niet bekend".',
      }),
    /** When it should be done, when a source says so (the plan's date). */
    due: recordDate.optional().meta({
      title: 'Beoogd klaar',
      description: 'Optioneel: wanneer het klaar zou moeten zijn, als een bron dat zegt (JJJJ-MM-DD, JJJJ-MM of JJJJ)',
    }),
    /** The dated steps, in any order; pages show them oldest first, the feed newest first. */
    updates: z
      .array(followUpUpdateSchema, { error: 'moet een lijst van stappen zijn (date, text, source)' })
      .min(1, { error: 'noem minstens één stap: wanneer het voor het eerst genoemd werd en waar dat staat' })
      .meta({ title: 'Stappen', description: 'De stappen met datum, tekst en bron' }),
    /** Themes it answers (slugs). */
    themes: uniqueList(slug('thema'), 'thema').meta({ title: "Thema's", description: "Thema's waarop dit een antwoord is (slugs)" }),
    /** Insights it answers (slugs). */
    insights: uniqueList(slug('inzicht'), 'inzicht').meta({
      title: 'Inzichten',
      description: 'Inzichten waarop dit een antwoord is (slugs)',
    }),
    /** Chapters of the final product it answers (slugs). */
    chapters: uniqueList(slug('hoofdstuk'), 'hoofdstuk').meta({
      title: 'Hoofdstukken',
      description: 'Hoofdstukken van het eindproduct waarop dit een antwoord is (slugs)',
    }),
    /** Dialogue tables whose ideas it answers (ids from tables.csv). */
    tables: uniqueList(z.string(), 'tafel-id').meta({
      title: 'Dialoogtafels',
      description: 'Dialoogtafels waarop dit een antwoord is (ids uit tables.csv)',
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
        message: 'noem minstens één thema, inzicht, hoofdstuk of tafel waarop deze opvolging een antwoord is',
      });
    }
    data.updates.forEach((update, index) => {
      if (!data.example && !update.example && update.source === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['updates', index, 'source'],
          message: 'noem de bron van deze stap (source: een id uit content/sources/), of zet example: true als het een voorbeeld is',
        });
      }
    });
    if (!data.example && data.responsible && data.responsible.source === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['responsible', 'source'],
        message: 'noem de bron die zegt wie verantwoordelijk is (source: een id uit content/sources/), of laat responsible weg',
      });
    }
  });
export type FollowUpData = z.output<typeof followUpSchema>;
