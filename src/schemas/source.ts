import { z } from 'astro/zod';
import { recordDate } from './record-date.ts';
import { boundedText, slug, uniqueList } from './shared.ts';

/** What a source is: a document on public record, or a summary this site wrote itself. */
export const SOURCE_KINDS = ['record', 'summary'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * A document the site's facts come from: Markdown in `content/sources/<id>.md`, the body says
 * in a sentence or two what it holds. Facts, public figures, follow-up steps and chapters
 * point at it by id; /bronnen/ lists them all.
 */
export const sourceSchema = z
  .strictObject({
    /** The document's title as published. */
    title: boundedText(3, 200).meta({ title: 'Titel', description: 'De titel van het document, zoals het gepubliceerd is.' }),
    /** When it was published, no more exact than known. */
    date: recordDate.optional().meta({
      title: 'Datum',
      description: 'Wanneer het document verscheen: JJJJ-MM-DD, JJJJ-MM als alleen de maand bekend is, JJJJ als alleen het jaar bekend is.',
    }),
    /** Who published or wrote it. */
    publisher: boundedText(2, 160).meta({ title: 'Uitgever', description: 'Wie het document uitgaf of schreef.' }),
    /** Where it can be read, when it is online. */
    url: z
      .url({ error: 'moet een volledige URL zijn, bijvoorbeeld https://www.rijksoverheid.nl/documenten/…' })
      .optional()
      .meta({ title: 'Link', description: 'Optioneel: waar het document online staat. Laat weg als je het adres niet zeker weet.' }),
    /** record: a document on public record; summary: text this site wrote itself. */
    kind: z
      .enum(SOURCE_KINDS, { error: `moet een van deze soorten zijn: ${SOURCE_KINDS.join(', ')}` })
      .meta({ title: 'Soort', description: 'record: een openbaar document; summary: een samenvatting die voor deze site is geschreven.' }),
  })
  .superRefine((data, ctx) => {
    if (data.kind === 'record' && data.date === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: 'een openbaar document (kind: record) heeft een datum; schrijf JJJJ-MM-DD, JJJJ-MM of JJJJ',
      });
    }
  });
export type SourceData = z.output<typeof sourceSchema>;

/** A reference to one source by its id (the file name in content/sources/). */
export const sourceId = slug('bron');

/** The sources a text's facts come from (ids), listed under it. */
export const sourceList = uniqueList(sourceId, 'bron').meta({
  title: 'Bronnen',
  description: 'De bronnen (ids uit content/sources/) waar de feiten in deze tekst vandaan komen; ze staan onder de tekst.',
});
