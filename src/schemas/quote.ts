import { z } from 'astro/zod';
import { boundedText, exampleFlag } from './shared';

/** A participant's words set large. `example: true` marks a quote written for illustration. */
export const quoteSchema = z.strictObject({
  text: boundedText(5, 220),
  /** Who said it, described, not named: "deelnemer dialoogtafel, Zwolle". */
  attribution: boundedText(2, 90),
  example: exampleFlag,
});
export type Quote = z.output<typeof quoteSchema>;
