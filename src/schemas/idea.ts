import { z } from 'astro/zod';
import { csvBoolean } from './table.ts';
import { boundedText, kind, slug } from './shared.ts';

/** One harvested idea: a row of `content/ideas.csv`. Text is citizen text: stored and shown as plain text. */
export const ideaSchema = z.strictObject({
  /** Id of the dialogue table the idea came from (tables.csv). */
  table: z.string().trim().min(1, { error: 'noem de tafel (id uit tables.csv), bijvoorbeeld T01' }),
  theme: slug('thema'),
  kind,
  text: boundedText(5, 280),
  /** "ja" when the idea is illustrative (voorbeeld). */
  example: csvBoolean,
});
export type IdeaData = z.output<typeof ideaSchema>;

/** A stored idea: the row plus its row number in the CSV. */
export const ideaEntrySchema = ideaSchema.extend({ line: z.number().int() });
