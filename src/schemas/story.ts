import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { altText, boundedText, calendarDate, exampleFlag, kind, nonEmptyUniqueList, region, slug, track } from './shared.ts';

/** A story ("verhaal"): MDX in `content/stories/<slug>.mdx`, with its image beside it. */
export const storySchema = ({ image }: SchemaContext) =>
  z.strictObject({
    title: boundedText(5, 100).meta({ title: 'Titel', description: 'Op de pagina, in overzichten en op de deelkaart.' }),
    /** When the story happened or was told. */
    date: calendarDate.meta({ title: 'Datum', description: 'Wanneer het gebeurde of verteld werd.' }),
    /** knel (what got squeezed), kiem (what sprouted) or idee. */
    kind: kind.meta({ title: 'Soort', description: 'knel: wat knelde; kiem: wat ontstond en moet blijven; idee: een voorstel.' }),
    track: track.meta({ title: 'Spoor', description: 'Uit welke groep het verhaal komt: burgers, middenveld, wetenschap of bestuur.' }),
    region: region.meta({ title: 'Regio', description: 'De provincie, of landelijk.' }),
    themes: nonEmptyUniqueList(slug('thema'), 'thema').meta({
      title: "Thema's",
      description: 'Minstens één thema waar het verhaal over gaat.',
    }),
    /** One or two sentences for overviews and search results. */
    summary: boundedText(20, 240).meta({ title: 'Samenvatting', description: 'Een of twee zinnen voor overzichten en zoekresultaten.' }),
    /** The sentence set large on the page and on the share card. */
    pullQuote: boundedText(5, 200).meta({
      title: 'Uitgelichte zin',
      description: 'De zin die groot op de pagina en op de deelkaart staat.',
    }),
    /** The image at the top: a file next to the story and a description of what it shows. */
    hero: z
      .strictObject({
        // Scripts call the schema with a stub image(); the CMS's stand-in (src/cms/cms-collections.ts) carries the field's Dutch title.
        src: image(),
        alt: altText.meta({
          title: 'Alt-tekst',
          description: 'Beschrijf in een zin wat er op de afbeelding te zien is, voor wie de afbeelding niet kan zien.',
        }),
      })
      .meta({ title: 'Afbeelding bovenaan' }),
    /** The dialogue table the story comes from (id in tables.csv). */
    table: z.string().optional().meta({
      title: 'Dialoogtafel',
      description: 'Optioneel: het id van de tafel in tables.csv waar het verhaal vandaan komt, bijvoorbeeld T29.',
    }),
    /** Illustrative story written for the demo: labelled "voorbeeld" on the page. */
    example: exampleFlag.meta({
      title: 'Voorbeeld',
      description: 'Aan als het verhaal ter illustratie is geschreven: de pagina toont dan "voorbeeld".',
    }),
    /** Drafts show in the dev server only. */
    draft: z.boolean({ error: 'moet true of false zijn' }).default(false).meta({
      title: 'Concept',
      description: 'Een concept staat alleen in de voorvertoning (npm run dev), niet op de gebouwde site. Zet uit om te publiceren.',
    }),
  });
export type StoryData = z.output<ReturnType<typeof storySchema>>;
