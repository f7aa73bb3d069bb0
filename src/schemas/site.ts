import { z } from 'astro/zod';
import { publicFiguresSchema } from './public-figures';
import { backgroundColour, boundedText, calendarDate } from './shared';

/** Site settings: one YAML file, `content/site.yaml`. */
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
});
export type SiteSettings = z.output<typeof siteSchema>;
