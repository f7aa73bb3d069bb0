import { z } from 'astro/zod';
import { boundedText, exampleFlag } from './shared.ts';

/** A participant's words set large. `example: true` marks a quote written for illustration. */
export const quoteSchema = z.strictObject({
  text: boundedText(5, 220).meta({ title: 'Tekst' }),
  /** Who said it, described, not named: "deelnemer dialoogtafel, Zwolle". */
  attribution: boundedText(2, 90).meta({
    title: 'Wie zei het',
    description: 'Omschreven, niet met naam: "deelnemer dialoogtafel, Zwolle".',
  }),
  example: exampleFlag.meta({ title: 'Voorbeeld', description: 'Aan als het citaat ter illustratie is verzonnen.' }),
});
export type Quote = z.output<typeof quoteSchema>;
