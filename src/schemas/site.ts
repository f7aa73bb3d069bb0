import { z } from 'astro/zod';
import { publicFiguresSchema } from './public-figures';
import { backgroundColour, boundedText, calendarDate, SLUG_PATTERN } from './shared';

/** Site settings: one YAML file, `content/site.yaml`. */
/** One status a follow-up can have; the order of the list is the order of overviews and charts. */
export const followUpStatusSchema = z.strictObject({
  /** The id follow-ups use in `status`, e.g. "in-uitvoering". */
  id: z.string({ error: 'moet een id zijn' }).regex(SLUG_PATTERN, { error: 'moet een id zijn van kleine letters, cijfers en streepjes, bijvoorbeeld in-uitvoering' }).meta({ description: 'De id die opvolgingen in status gebruiken, bijvoorbeeld in-uitvoering' }),
  /** How the status reads on the site, e.g. "In uitvoering". */
  label: boundedText(2, 40).meta({ description: 'Hoe de status op de site heet, bijvoorbeeld In uitvoering' }),
  /** What the status means, in one plain sentence; shown on the overview. */
  description: boundedText(10, 200).meta({ description: 'Wat de status betekent, in een korte zin' }),
});
export type FollowUpStatus = z.output<typeof followUpStatusSchema>;

/** The statuses when site.yaml names none: from a promise to a rejection, and "unknown" last. */
export const DEFAULT_FOLLOW_UP_STATUSES: FollowUpStatus[] = [
  { id: 'toegezegd', label: 'Toegezegd', description: 'Er is beloofd dat hier iets mee gebeurt, maar het werk is nog niet begonnen.' },
  { id: 'in-uitvoering', label: 'In uitvoering', description: 'Er wordt aan gewerkt.' },
  { id: 'uitgevoerd', label: 'Uitgevoerd', description: 'Het is gedaan zoals beloofd.' },
  { id: 'deels-overgenomen', label: 'Deels overgenomen', description: 'Een deel van het idee of advies is overgenomen, een deel niet.' },
  { id: 'niet-overgenomen', label: 'Niet overgenomen', description: 'Er is besloten hier niets mee te doen; de reden staat erbij.' },
  { id: 'onbekend', label: 'Onbekend', description: 'We weten niet wat ermee gebeurd is.' },
];

/** The licence of the open data files; the default is CC0, as for most Dutch government open data. */
export const licenceSchema = z.strictObject({
  /** SPDX or Open Definition id, e.g. "CC0-1.0" or "CC-BY-4.0". */
  name: z.string({ error: 'moet een licentie-id zijn' }).regex(/^[A-Za-z0-9.+-]+$/, { error: 'moet een licentie-id zijn zoals CC0-1.0 of CC-BY-4.0' }).meta({ description: 'Id van de licentie, bijvoorbeeld CC0-1.0 of CC-BY-4.0' }),
  /** The licence's name as people read it. */
  title: boundedText(3, 120).meta({ description: 'Naam van de licentie zoals mensen die lezen' }),
  /** Where the licence text is. */
  url: z.url({ error: 'moet een volledige URL zijn' }).meta({ description: 'Waar de tekst van de licentie staat' }),
});
export type Licence = z.output<typeof licenceSchema>;

export const siteSchema = z.strictObject({
  /** Name of the site, shown in the header and on every share card. */
  name: boundedText(2, 40),
  /** The big question or promise under the name, e.g. "Wat is jouw idee?". */
  tagline: boundedText(2, 80),
  /** One or two sentences that describe the site for search engines and link previews. */
  description: boundedText(20, 200),
  /** The public URL the site is published at, without trailing slash. Used for canonical URLs and share cards. */
  baseUrl: z.url({ error: 'moet een volledige URL zijn, bijvoorbeeld https://www.example.nl' }).transform((url) => url.replace(/\/+$/, '')),
  /** Short URL printed on share cards, e.g. "watisjouwidee.nl". Defaults to the host of `baseUrl`. */
  shortUrl: boundedText(3, 40).optional(),
  /** Who is behind the site: shown in header and footer as a trust cue. */
  organisation: z.strictObject({
    name: boundedText(2, 80),
    url: z.url({ error: 'moet een volledige URL zijn' }),
  }),
  /** The date the dialogue opened; dates of stories and tables before it are flagged as likely typos. */
  openedOn: calendarDate.optional(),
  /** The date the dialogue was closed; once it has passed, every page shows an archive banner and speaks in the past tense. */
  closedOn: calendarDate.optional(),
  /** The headline of the home page once the dialogue is closed, e.g. "Wat was jouw idee?". Defaults to a sentence with the site's name. */
  closedTagline: boundedText(2, 80).optional(),
  /** Figures on public record with their source; the home page shows them instead of sums of the tables. */
  publicFigures: publicFiguresSchema.optional(),
  /** Colours of the site; themes have their own colour. */
  palette: z.strictObject({
    /** Main brand colour (header band, buttons). Needs 4.5:1 contrast with white. */
    primary: backgroundColour('light'),
    /** Accent for highlights (search button, calls to action): dark text on it, so 4.5:1 with #1a1a1a. */
    accent: backgroundColour('dark'),
  }),
  /** Hashtags suggested with share cards, without the #. */
  hashtags: z.array(z.string().regex(/^[\p{L}\p{N}_]+$/u, { error: 'een hashtag bestaat uit letters en cijfers, zonder #' })).default([]),
  /** Social media handles of the organisation, e.g. "@minbzk". */
  social: z
    .strictObject({
      x: z.string().optional(),
      linkedin: z.string().optional(),
      mastodon: z.string().optional(),
    })
    .default({}),
  /** How citizens and the press reach the organisation; also feeds security.txt. */
  contact: z.strictObject({
    email: z.email({ error: 'moet een e-mailadres zijn' }),
    phone: z.string().optional(),
    address: z.string().optional(),
    /** Where security problems are reported. Defaults to `email`. */
    securityEmail: z.email().optional(),
  }),
  /** The statuses of follow-ups ("Wat is ermee gedaan?"), in the order overviews show them. */
  followUpStatuses: z
    .array(followUpStatusSchema, { error: 'moet een lijst van statussen zijn (id, label, description)' })
    .min(1, { error: 'noem minstens één status' })
    .refine((list) => new Set(list.map((status) => status.id)).size === list.length, { error: 'noem elke status-id maar één keer' })
    // "alle" names the share card of the overview of all follow-ups.
    .refine((list) => list.every((status) => status.id !== 'alle'), { error: 'de status-id "alle" is gereserveerd voor het overzicht; kies een andere id' })
    .default(DEFAULT_FOLLOW_UP_STATUSES)
    .meta({ description: 'De statussen van opvolgingen, in de volgorde van de overzichten' }),
  /** The licence under which the open data files (/open-data/) are published. */
  dataLicence: licenceSchema
    .default({ name: 'CC0-1.0', title: 'Creative Commons Zero 1.0 (publiek domein)', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl' })
    .meta({ description: 'De licentie van de open data op /open-data/' }),
});
export type SiteSettings = z.output<typeof siteSchema>;
