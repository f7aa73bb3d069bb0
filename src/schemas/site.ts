import { z } from 'astro/zod';
import { boundedText, calendarDate, hexColour } from './shared';

/** Git hosts the CMS can write to; `test-repo` keeps everything in the browser (for tests and trying it out). */
export const CMS_BACKENDS = ['github', 'gitlab', 'gitea', 'test-repo'] as const;

/** The repository behind the CMS at /admin/: another dialogue's site configures its own. */
export const cmsBackendSchema = z
  .strictObject({
    /** github, gitlab, gitea (also Forgejo) or test-repo. */
    backend: z.enum(CMS_BACKENDS, { error: `moet een van deze zijn: ${CMS_BACKENDS.join(', ')}` }).meta({ title: 'Soort server', description: 'github, gitlab, gitea (ook Forgejo) of test-repo (alleen in de browser, om te oefenen).' }),
    /** owner/name of the repository; not needed for test-repo. */
    repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, { error: 'moet eigenaar/naam van de repository zijn, bijvoorbeeld "gemeente/dialoog-site"' })
      .optional().meta({ title: 'Repository', description: 'eigenaar/naam, bijvoorbeeld gemeente/dialoog-site.' }),
    /** The branch the CMS reads; pull requests go into it. */
    branch: z.string().min(1).default('main').meta({ title: 'Branch', description: 'De branch waaruit de site gebouwd wordt; wijzigingen komen erin via een pull request.' }),
    /** Address of a self-hosted Gitea/Forgejo or GitLab, e.g. https://git.gemeente.nl. */
    baseUrl: z.url({ error: 'moet een volledige URL zijn' }).optional().meta({ title: 'Adres van de server', description: 'Alleen voor een eigen Gitea, Forgejo of GitLab, bijvoorbeeld https://git.gemeente.nl.' }),
    /** Address of the OAuth service that signs editors in (GitHub), when not the host itself. */
    authUrl: z.url({ error: 'moet een volledige URL zijn' }).optional().meta({ title: 'Adres van de inlogdienst', description: 'Voor GitHub: de OAuth-dienst die redacteuren laat inloggen.' }),
    /** Client id of the OAuth application (Gitea/Forgejo and GitLab). */
    appId: z.string().min(1).optional().meta({ title: 'OAuth-client-id', description: 'Voor Gitea, Forgejo en GitLab: het id van de OAuth-applicatie.' }),
  })
  .refine((cms) => cms.backend === 'test-repo' || cms.repo !== undefined, { error: 'noem de repository (repo: eigenaar/naam)', path: ['repo'] });

/** Site settings: one YAML file, `content/site.yaml`. */
export const siteSchema = z.strictObject({
  /** Name of the site, shown in the header and on every share card. */
  name: boundedText(2, 40).meta({ title: 'Naam', description: 'De naam van de site, in de kop en op elke deelkaart.' }),
  /** The big question or promise under the name, e.g. "Wat is jouw idee?". */
  tagline: boundedText(2, 80).meta({ title: 'Slogan', description: 'De grote vraag of belofte onder de naam, bijvoorbeeld "Wat is jouw idee?".' }),
  /** One or two sentences that describe the site for search engines and link previews. */
  description: boundedText(20, 200).meta({ title: 'Omschrijving', description: 'Een of twee zinnen over de site voor zoekmachines en linkvoorbeelden.' }),
  /** The public URL the site is published at, without trailing slash. Used for canonical URLs and share cards. */
  baseUrl: z
    .url({ error: 'moet een volledige URL zijn, bijvoorbeeld https://www.example.nl' })
    .transform((url) => url.replace(/\/+$/, '')).meta({ title: 'Webadres', description: 'Het adres waarop de site gepubliceerd wordt, zonder / aan het eind.' }),
  /** Short URL printed on share cards, e.g. "watisjouwidee.nl". Defaults to the host of `baseUrl`. */
  shortUrl: boundedText(3, 40).optional().meta({ title: 'Kort webadres', description: 'Optioneel: het adres op de deelkaarten, bijvoorbeeld "watisjouwidee.nl".' }),
  /** Who is behind the site: shown in header and footer as a trust cue. */
  organisation: z
    .strictObject({
      name: boundedText(2, 80).meta({ title: 'Naam' }),
      url: z.url({ error: 'moet een volledige URL zijn' }).meta({ title: 'Webadres' }),
    }).meta({ title: 'Organisatie', description: 'Wie achter de site staat; in de kop en de voet van elke pagina.' }),
  /** The date the dialogue was closed; when set, every page shows an archive banner. */
  closedOn: calendarDate.optional().meta({ title: 'Gesloten op', description: 'Optioneel: de datum waarop de dialoog sloot; dan toont elke pagina dat de site een archief is.' }),
  /** Colours of the site; themes have their own colour. */
  palette: z
    .strictObject({
      /** Main brand colour (header band, buttons). Needs 4.5:1 contrast with white. */
      primary: hexColour.meta({ title: 'Hoofdkleur', description: 'Voor de kopbalk en knoppen; witte tekst staat erop, dus contrast minstens 4,5:1 met wit.' }),
      /** Accent for highlights. */
      accent: hexColour.meta({ title: 'Accentkleur' }),
    }).meta({ title: 'Kleuren' }),
  /** Hashtags suggested with share cards, without the #. */
  hashtags: z
    .array(z.string().regex(/^[\p{L}\p{N}_]+$/u, { error: 'een hashtag bestaat uit letters en cijfers, zonder #' }))
    .default([]).meta({ title: 'Hashtags', description: 'Voorgesteld bij de deelkaarten, zonder #.' }),
  /** Social media handles of the organisation, e.g. "@minbzk". */
  social: z
    .strictObject({
      x: z.string().optional().meta({ title: 'X' }),
      linkedin: z.string().optional().meta({ title: 'LinkedIn' }),
      mastodon: z.string().optional().meta({ title: 'Mastodon' }),
    })
    .default({})
    .meta({ title: 'Sociale media', description: 'Optioneel: de accounts van de organisatie, bijvoorbeeld "@minbzk".' }),
  /** How citizens and the press reach the organisation; also feeds security.txt. */
  contact: z
    .strictObject({
      email: z.email({ error: 'moet een e-mailadres zijn' }).meta({ title: 'E-mail' }),
      phone: z.string().optional().meta({ title: 'Telefoon' }),
      address: z.string().optional().meta({ title: 'Adres' }),
      /** Where security problems are reported. Defaults to `email`. */
      securityEmail: z.email().optional().meta({ title: 'E-mail voor beveiligingsmeldingen', description: 'Optioneel; anders het gewone e-mailadres. Staat in security.txt.' }),
    }).meta({ title: 'Contact', description: 'Hoe burgers en pers de organisatie bereiken.' }),
  /** Where the CMS at /admin/ reads and writes content; see docs/redactie.md. */
  cms: cmsBackendSchema.optional().meta({ title: 'CMS-koppeling', description: 'Waar het CMS op /admin/ de inhoud leest en schrijft. Laat dit aan de beheerder over.' }),
});
export type SiteSettings = z.output<typeof siteSchema>;
