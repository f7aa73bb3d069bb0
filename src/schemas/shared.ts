import { z } from 'astro/zod';
import { adjustForContrast, contrastRatio, MIN_TEXT_CONTRAST, TEXT_ON_COLOUR } from '../colour/contrast.ts';
import { isUselessAlt, USELESS_ALT_MESSAGE } from './useless-alt.ts';

export { isUselessAlt } from './useless-alt.ts';

// Editors read these messages: Dutch by default, and unknown keys explained with a fix.
z.config(z.locales.nl());
z.config({
  customError: (issue) =>
    issue.code === 'unrecognized_keys'
      ? `onbekend veld ${issue.keys.map((key) => `"${key}"`).join(', ')}: controleer de spelling of verwijder het (docs/redactie.md noemt alle velden)`
      : undefined,
});

/** Lower-case words joined by hyphens: the form of every id and slug. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry by its slug (file name without extension). Existence is checked in `src/data/references.ts`. */
export const slug = (what: string) =>
  z
    .string({ error: `moet de slug van een ${what} zijn (tekst)` })
    .regex(SLUG_PATTERN, {
      error: `moet de slug van een ${what} zijn: kleine letters, cijfers en streepjes, bijvoorbeeld "wonen"`,
    })
    // The collection the slug points into, for the CMS's pickers; what the word names is the lookup key.
    .meta({ reference: REFERENCED_COLLECTIONS[what] });

/** Which collection a slug of each kind refers to. */
const REFERENCED_COLLECTIONS: Record<string, string | undefined> = {
  thema: 'themes',
  inzicht: 'insights',
  visual: 'visuals',
  bron: 'sources',
};

/** The rule behind a lower bound on text, in the words editors see (also in the CMS form). */
export const tooShortMessage = (min: number) => (min <= 1 ? 'mag niet leeg zijn' : `moet minstens ${min} tekens lang zijn`);
/** The rule behind an upper bound on text, in the words editors see (also in the CMS form). */
export const tooLongMessage = (max: number) => `maximaal ${max} tekens toegestaan (deze tekst komt op een deelkaart of in een overzicht)`;

/** Text with a lower and upper bound; the bounds are part of the message so editors know the limit. */
export const boundedText = (min: number, max: number) =>
  z
    .string({ error: 'moet tekst zijn' })
    .trim()
    .min(min, { error: tooShortMessage(min) })
    .max(max, { error: (issue) => `is ${String((issue.input as string | undefined)?.length ?? '?')} tekens; ${tooLongMessage(max)}` })
    // Emoji or punctuation alone says nothing to a screen reader, a search engine or a share card.
    .refine((value) => /[\p{L}\p{N}]/u.test(value), { error: 'moet letters of cijfers bevatten, niet alleen emoji of leestekens' });

/** The four groups that took part (deelprojecten plus the local administrators). */
export const TRACKS = ['burgers', 'middenveld', 'wetenschap', 'bestuur'] as const;
export type Track = (typeof TRACKS)[number];
export const track = z.enum(TRACKS, {
  error: `moet een van deze sporen zijn: ${TRACKS.join(', ')}`,
});

/** What a contribution is: something that got squeezed, something that sprouted, or an idea. */
export const KINDS = ['knel', 'kiem', 'idee'] as const;
export type Kind = (typeof KINDS)[number];
export const kind = z.enum(KINDS, { error: `moet een van deze soorten zijn: ${KINDS.join(', ')}` });

/** The twelve provinces, plus tables that were national. */
export const REGIONS = [
  'groningen',
  'fryslan',
  'drenthe',
  'overijssel',
  'flevoland',
  'gelderland',
  'utrecht',
  'noord-holland',
  'zuid-holland',
  'zeeland',
  'noord-brabant',
  'limburg',
  'landelijk',
] as const;
export type Region = (typeof REGIONS)[number];
export const region = z.enum(REGIONS, { error: `moet een van deze regio's zijn: ${REGIONS.join(', ')}` });

/**
 * A calendar date. YAML gives a Date for `2021-03-04`; CSV and quoted YAML give a string.
 * Both become a Date at midnight UTC, so output never depends on the build machine's zone.
 */
export const calendarDate = z
  .union([z.date(), z.string()], { error: 'moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2021-03-04' })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2021-03-04' });
        return z.NEVER;
      }
      return value;
    }
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
    if (!match || !date || date.getUTCDate() !== Number(match[3])) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2021-03-04` });
      return z.NEVER;
    }
    return date;
  });

/** A colour as six-digit hex, e.g. `#1f6f8b`. */
export const hexColour = z
  .string({ error: 'moet een kleur zijn' })
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'moet een kleur zijn in de vorm #RRGGBB, bijvoorbeeld #1f6f8b' })
  .transform((value) => value.toLowerCase());

/**
 * A background colour that text of the site is drawn on (`on`: white or dark text). Below
 * 4.5:1 (WCAG AA) the text cannot be read by everyone, so the colour is refused with the
 * ratio and the nearest colour of the same hue that passes.
 */
export const backgroundColour = (on: keyof typeof TEXT_ON_COLOUR) =>
  hexColour.superRefine((value, ctx) => {
    const text = TEXT_ON_COLOUR[on];
    const ratio = contrastRatio(value, text);
    if (ratio >= MIN_TEXT_CONTRAST) return;
    const shown = Math.floor(ratio * 100) / 100;
    ctx.addIssue({
      code: 'custom',
      message: `${value} geeft met ${on === 'light' ? 'witte' : 'donkere'} tekst (${text}) een contrast van ${shown.toFixed(2).replace('.', ',')}:1; nodig is minstens 4,5:1 (WCAG AA). Gebruik bijvoorbeeld ${adjustForContrast(value, text)}, dezelfde kleur ${on === 'light' ? 'donkerder' : 'lichter'}`,
    });
  });

/** Alt text that describes an image. Rejects empty text, file names and words that say nothing. */
export const altText = z
  .string({ error: 'alt-tekst is verplicht: beschrijf in een zin wat er op de afbeelding te zien is' })
  .trim()
  .min(10, { error: 'alt-tekst is te kort: beschrijf in een zin (minstens 10 tekens) wat er op de afbeelding te zien is' })
  .max(250, { error: 'alt-tekst is te lang: houd het onder 250 tekens en zet details in de tekst' })
  .refine((value) => !isUselessAlt(value), {
    error: USELESS_ALT_MESSAGE,
  });

/** Marks illustrative demo material; pages label it "voorbeeld". */
export const exampleFlag = z.boolean({ error: 'moet true of false zijn' }).default(false);

/** A list that must hold at least one item and no duplicates. */
export const nonEmptyUniqueList = <T extends z.ZodType>(item: T, what: string) =>
  z
    .array(item, { error: `moet een lijst zijn van ${what}` })
    .min(1, { error: `noem minstens één ${what}` })
    .refine((list) => new Set(list as unknown[]).size === list.length, { error: `noem elke ${what} maar één keer` });

/** An optional list without duplicates, empty when absent. */
export const uniqueList = <T extends z.ZodType>(item: T, what: string) =>
  z
    .array(item, { error: `moet een lijst zijn van ${what}` })
    .refine((list) => new Set(list as unknown[]).size === list.length, { error: `noem elke ${what} maar één keer` })
    .default([]);
