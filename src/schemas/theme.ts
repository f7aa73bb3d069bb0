import { z } from 'astro/zod';
import { backgroundColour, boundedText, slug, uniqueList } from './shared.ts';
import { sourceList } from './source.ts';

/** The families of themes in the default dialogue: where it started, what was discussed later, and the recovery themes it ended with. */
export const THEME_GROUPS = ['start', 'later', 'herstel'] as const;

/** A theme: Markdown with front matter in `content/themes/<slug>.md`. */
export const themeSchema = z.strictObject({
  /** Full title, e.g. "Zorg en gezondheid". */
  title: boundedText(2, 60).meta({ title: 'Titel', description: 'De volledige titel, bijvoorbeeld "Zorg en gezondheid".' }),
  /** Short title for tiles, filters and cards. */
  shortTitle: boundedText(2, 24).meta({ title: 'Korte titel', description: 'Voor tegels, filters en deelkaarten.' }),
  /** One or two sentences about the theme; on the tile and the card. */
  summary: boundedText(20, 220).meta({
    title: 'Samenvatting',
    description: 'Een of twee zinnen over het thema; op de tegel en de deelkaart.',
  }),
  /** The theme's colour; text on it is white, so it needs 4.5:1 contrast with white. */
  colour: backgroundColour('light').meta({
    title: 'Kleur',
    description: 'Witte tekst staat op deze kleur, dus kies een donkere kleur (contrast minstens 4,5:1 met wit).',
  }),
  /** Position in lists (1 first). */
  order: z
    .number({ error: 'moet een getal zijn' })
    .int({ error: 'moet een heel getal zijn' })
    .min(1)
    .meta({ title: 'Volgorde', description: 'Plaats in lijsten; 1 komt eerst.' }),
  /** Starting theme of the dialogue or recovery theme of the final perspective. */
  group: z.enum(THEME_GROUPS, { error: `moet een van deze groepen zijn: ${THEME_GROUPS.join(', ')}` }).meta({
    title: 'Groep',
    description:
      'start: een thema waarmee de dialoog begon; later: een thema dat later besproken werd; herstel: een thema van het eindperspectief.',
  }),
  /** Headline on the theme's share card. */
  cardHeadline: boundedText(5, 90).meta({ title: 'Kop op de deelkaart' }),
  /** Themes that overlap with this one (slugs). */
  related: uniqueList(slug('thema'), 'thema').meta({ title: "Verwante thema's", description: "Thema's die met dit thema overlappen." }),
  /** The sources (ids from content/sources/) its facts come from; listed under the text. */
  sources: sourceList,
});
export type ThemeData = z.output<typeof themeSchema>;
