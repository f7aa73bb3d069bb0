import { z } from 'astro/zod';
import { boundedText } from './shared';

/**
 * Figures that are on public record, with the document they come from. The home page shows
 * them instead of sums of the site's own tables, which may be examples. A qualifier keeps a
 * rounded figure honest: "ruim 600" when only that much is known.
 */
export const publicFiguresSchema = z.strictObject({
  /** Where the figures were published: a name and a date, e.g. "Rijksoverheid, juli 2021". */
  source: boundedText(5, 200),
  items: z
    .array(
      z.strictObject({
        /** The number as published. */
        value: z.number({ error: 'moet een getal zijn' }).int().min(0),
        /** A word before the number when the record gives no exact figure, e.g. "ruim" or "ongeveer". */
        qualifier: z.string().trim().max(20).optional(),
        /** What was counted, as it reads after the number: "burgers", "online dialoogtafels". */
        label: boundedText(2, 60),
      }),
      { error: 'moet een lijst zijn van cijfers met value en label' },
    )
    .min(1, { error: 'noem minstens één cijfer' }),
});
export type PublicFigures = z.output<typeof publicFiguresSchema>;
