import { z } from 'astro/zod';
import { boundedText } from './shared.ts';
import { sourceId } from './source.ts';

/**
 * Figures that are on public record, with the document they come from. The home page shows
 * them instead of sums of the site's own tables, which may be examples. A qualifier keeps a
 * rounded figure honest: "ruim 600" when only that much is known.
 */
export const publicFiguresSchema = z.strictObject({
  /** The source that holds the figures: an id from content/sources/. */
  source: sourceId.meta({ title: 'Bron', description: 'De bron waar de cijfers in staan: een id uit content/sources/.' }),
  items: z
    .array(
      z.strictObject({
        /** The number as published. */
        value: z
          .number({ error: 'moet een getal zijn' })
          .int()
          .min(0)
          .meta({ title: 'Getal', description: 'Het getal zoals het gepubliceerd is.' }),
        /** A word before the number when the record gives no exact figure, e.g. "ruim" or "ongeveer". */
        qualifier: z
          .string()
          .trim()
          .max(20)
          .optional()
          .meta({ title: 'Woord ervoor', description: 'Optioneel, als het verslag geen precies getal geeft: "ruim" of "ongeveer".' }),
        /** What was counted, as it reads after the number: "burgers", "online dialoogtafels". */
        label: boundedText(2, 60).meta({
          title: 'Wat geteld is',
          description: 'Zoals het na het getal staat: "burgers", "online dialoogtafels".',
        }),
      }),
      { error: 'moet een lijst zijn van cijfers met value en label' },
    )
    .min(1, { error: 'noem minstens één cijfer' })
    .meta({ title: 'Cijfers' }),
});
export type PublicFigures = z.output<typeof publicFiguresSchema>;
