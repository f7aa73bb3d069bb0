import type { z } from 'astro/zod';
import { chapterSchema } from '../schemas/chapter.ts';
import { insightSchema } from '../schemas/insight.ts';
import { siteSchema } from '../schemas/site.ts';
import { storySchema } from '../schemas/story.ts';
import { themeSchema } from '../schemas/theme.ts';
import { visualSchema } from '../schemas/visual.ts';

/** A text that appears on a share card, with the most characters the card shows in full. */
export interface CardField {
  /** Dotted path in the entry's data. */
  field: string;
  max: number;
}

type Shape = Record<string, z.ZodType>;

/** The maximum length a string schema allows (zod keeps it on the schema). */
function maxOf(shape: Shape, path: string): number {
  const [head, ...rest] = path.split('.');
  type Inner = { maxLength?: number | null; shape?: Shape; unwrap?: () => Inner };
  const field = shape[head!] as unknown as Inner;
  // An optional text (closedTagline) has its limit on the schema inside.
  const schema = field.maxLength === undefined && field.unwrap ? field.unwrap() : field;
  if (rest.length > 0 && schema.shape) return maxOf(schema.shape, rest.join('.'));
  if (typeof schema.maxLength !== 'number') throw new Error(`Geen maximale lengte bekend voor ${path}`);
  return schema.maxLength;
}

const storyShape = storySchema({ image: () => undefined } as never).shape as unknown as Shape;
const fields = (shape: Shape, paths: string[]): CardField[] => paths.map((field) => ({ field, max: maxOf(shape, field) }));

/**
 * The card texts per collection. The limits are the schemas' own maxima, so the check and
 * the build agree; the card templates fit text of that length on every card size.
 */
export const CARD_FIELDS: Record<string, CardField[]> = {
  site: fields(siteSchema.shape as unknown as Shape, ['name', 'tagline', 'closedTagline']),
  themes: fields(themeSchema.shape as unknown as Shape, ['shortTitle', 'cardHeadline']),
  insights: fields(insightSchema.shape as unknown as Shape, ['title', 'keyQuote.text']),
  chapters: fields(chapterSchema.shape as unknown as Shape, ['title']),
  stories: fields(storyShape, ['title', 'pullQuote']),
  visuals: fields(visualSchema.shape as unknown as Shape, ['title']),
};

/** The value at a dotted path. */
const valueAt = (data: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);

/** Card texts that are longer than the card shows: the field, its length and the limit. */
export function findOverlongCardTexts(collection: string, raw: Record<string, unknown>): { field: string; length: number; max: number }[] {
  return (CARD_FIELDS[collection] ?? []).flatMap(({ field, max }) => {
    const value = valueAt(raw, field);
    if (typeof value !== 'string') return [];
    const length = value.trim().length;
    return length > max ? [{ field, length, max }] : [];
  });
}
