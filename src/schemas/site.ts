import { z } from 'astro/zod';
import { publicFiguresSchema } from './public-figures.ts';
import { backgroundColour, boundedText, calendarDate, SLUG_PATTERN } from './shared.ts';

/** Git hosts the CMS can write to; `test-repo` keeps everything in the browser (for tests and trying it out). */
export const CMS_BACKENDS = ['github', 'gitlab', 'gitea', 'test-repo'] as const;

/** The repository behind the CMS at /admin/: another dialogue's site configures its own. */
export const cmsBackendSchema = z
  .strictObject({
    /** github, gitlab, gitea (also Forgejo) or test-repo. */
    backend: z.enum(CMS_BACKENDS, { error: `moet een van deze zijn: ${CMS_BACKENDS.join(', ')}` }).meta({
      title: 'Soort server',
      description: 'github, gitlab, gitea (ook Forgejo) of test-repo (alleen in de browser, om te oefenen).',
    }),
    /** owner/name of the repository; not needed for test-repo. */
    repo: z
      .string()
      .regex(/^[\w.-]+\/[\w.-]+$/, { error: 'moet eigenaar/naam van de repository zijn, bijvoorbeeld "gemeente/dialoog-site"' })
      .optional()
      .meta({ title: 'Repository', description: 'eigenaar/naam, bijvoorbeeld gemeente/dialoog-site.' }),
    /** The branch the CMS reads; pull requests go into it. */
    branch: z
      .string()
      .min(1)
      .default('main')
      .meta({ title: 'Branch', description: 'De branch waaruit de site gebouwd wordt; wijzigingen komen erin via een pull request.' }),
    /** Address of a self-hosted Gitea/Forgejo or GitLab, e.g. https://git.gemeente.nl. */
    baseUrl: z.url({ error: 'moet een volledige URL zijn' }).optional().meta({
      title: 'Adres van de server',
      description: 'Alleen voor een eigen Gitea, Forgejo of GitLab, bijvoorbeeld https://git.gemeente.nl.',
    }),
    /** Address of the OAuth service that signs editors in (GitHub), when not the host itself. */
    authUrl: z
      .url({ error: 'moet een volledige URL zijn' })
      .optional()
      .meta({ title: 'Adres van de inlogdienst', description: 'Voor GitHub: de OAuth-dienst die redacteuren laat inloggen.' }),
    /** Client id of the OAuth application (Gitea/Forgejo and GitLab). */
    appId: z
      .string()
      .min(1)
      .optional()
      .meta({ title: 'OAuth-client-id', description: 'Voor Gitea, Forgejo en GitLab: het id van de OAuth-applicatie.' }),
    /**
     * Gitea/Forgejo: the fixed address of the preview of `branch`, which the CMS opens as its site
     * (Sveltia reads no deploy previews there; .gitea/workflows/redactie.yml publishes it).
     */
    previewUrl: z
      .url({ protocol: /^https$/, error: 'moet een volledig https-adres zijn, bijvoorbeeld https://redactie.voorbeeld.gemeente.nl' })
      .optional()
      .meta({
        title: 'Adres van de voorbeeldsite',
        description: 'Alleen voor Gitea en Forgejo: het https-adres van de voorbeeldsite van de branch hierboven.',
      }),
  })
  .refine((cms) => cms.backend === 'test-repo' || cms.repo !== undefined, {
    error: 'noem de repository (repo: eigenaar/naam)',
    path: ['repo'],
  })
  .refine((cms) => cms.previewUrl === undefined || cms.backend === 'gitea', {
    error: 'alleen bij backend: gitea; GitHub en GitLab melden de voorbeeldsite zelf aan het CMS (haal previewUrl weg)',
    path: ['previewUrl'],
  });

/** How exactly the closing date is on record: the day, the month, the year, or not at all. */
export const CLOSED_ON_KNOWN = ['day', 'month', 'year', 'unknown'] as const;

/** Site settings: one YAML file, `content/site.yaml`. */
/** One status a follow-up can have; the order of the list is the order of overviews and charts. */
export const followUpStatusSchema = z.strictObject({
  /** The id follow-ups use in `status`, e.g. "in-uitvoering". */
  id: z
    .string({ error: 'moet een id zijn' })
    .regex(SLUG_PATTERN, { error: 'moet een id zijn van kleine letters, cijfers en streepjes, bijvoorbeeld in-uitvoering' })
    .meta({ title: 'Id', description: 'De id die opvolgingen in status gebruiken, bijvoorbeeld in-uitvoering' }),
  /** How the status reads on the site, e.g. "In uitvoering". */
  label: boundedText(2, 40).meta({ title: 'Naam', description: 'Hoe de status op de site heet, bijvoorbeeld In uitvoering' }),
  /** What the status means, in one plain sentence; shown on the overview. */
  description: boundedText(10, 200).meta({ title: 'Betekenis', description: 'Wat de status betekent, in een korte zin' }),
});
export type FollowUpStatus = z.output<typeof followUpStatusSchema>;

/** The statuses when site.yaml names none: from a promise to a rejection, and "unknown" last. */
export const DEFAULT_FOLLOW_UP_STATUSES: FollowUpStatus[] = [
  { id: 'toegezegd', label: 'Toegezegd', description: 'Er is beloofd dat hier iets mee gebeurt, maar het werk is nog niet begonnen.' },
  { id: 'in-uitvoering', label: 'In uitvoering', description: 'Er wordt aan gewerkt.' },
  { id: 'uitgevoerd', label: 'Uitgevoerd', description: 'Het is gedaan zoals beloofd.' },
  { id: 'deels-overgenomen', label: 'Deels overgenomen', description: 'Een deel van het idee of advies is overgenomen, een deel niet.' },
  { id: 'niet-overgenomen', label: 'Niet overgenomen', description: 'Er is besloten hier niets mee te doen; de reden staat erbij.' },
  { id: 'onbekend', label: 'Onbekend', description: 'De bronnen zeggen niet wat ermee gebeurd is.' },
];

/** The licence of the open data files; the default is CC0, as for most Dutch government open data. */
export const licenceSchema = z.strictObject({
  /** SPDX or Open Definition id, e.g. "CC0-1.0" or "CC-BY-4.0". */
  name: z
    .string({ error: 'moet een licentie-id zijn' })
    .regex(/^[A-Za-z0-9.+-]+$/, { error: 'moet een licentie-id zijn zoals CC0-1.0 of CC-BY-4.0' })
    .meta({ title: 'Licentie-id', description: 'Id van de licentie, bijvoorbeeld CC0-1.0 of CC-BY-4.0' }),
  /** The licence's name as people read it. */
  title: boundedText(3, 120).meta({ title: 'Naam van de licentie', description: 'Naam van de licentie zoals mensen die lezen' }),
  /** Where the licence text is. */
  url: z
    .url({ error: 'moet een volledige URL zijn' })
    .meta({ title: 'Tekst van de licentie', description: 'Waar de tekst van de licentie staat' }),
});
export type Licence = z.output<typeof licenceSchema>;

export const siteSchema = z.strictObject({
  /** Name of the site, shown in the header and on every share card. */
  name: boundedText(2, 40).meta({ title: 'Naam', description: 'De naam van de site, in de kop en op elke deelkaart.' }),
  /** The big question or promise under the name, e.g. "Wat is jouw idee?". */
  tagline: boundedText(2, 80).meta({
    title: 'Slogan',
    description: 'De grote vraag of belofte onder de naam, bijvoorbeeld "Wat is jouw idee?".',
  }),
  /** One or two sentences that describe the site for search engines and link previews. */
  description: boundedText(20, 200).meta({
    title: 'Omschrijving',
    description: 'Een of twee zinnen over de site voor zoekmachines en linkvoorbeelden.',
  }),
  /** The public URL the site is published at, without trailing slash. Used for canonical URLs and share cards. A host on .invalid is a placeholder that warns. */
  baseUrl: z
    .url({ error: 'moet een volledige URL zijn, bijvoorbeeld https://www.example.nl' })
    .transform((url) => url.replace(/\/+$/, ''))
    .meta({ title: 'Webadres', description: 'Het adres waarop de site gepubliceerd wordt, zonder / aan het eind.' }),
  /** Short URL printed on share cards, e.g. "watisjouwidee.nl". Defaults to the host of `baseUrl`. */
  shortUrl: boundedText(3, 40)
    .optional()
    .meta({ title: 'Kort webadres', description: 'Optioneel: het adres op de deelkaarten, bijvoorbeeld "watisjouwidee.nl".' }),
  /** Who publishes the site (also the controller under the AVG that the privacy page names): shown in the footer. A placeholder ("INVULLEN …", an address on .invalid) warns and is never shown as a name. */
  organisation: z
    .strictObject({
      name: boundedText(2, 80).meta({ title: 'Naam' }),
      url: z.url({ error: 'moet een volledige URL zijn' }).meta({ title: 'Webadres' }),
    })
    .meta({ title: 'Organisatie', description: 'Wie achter de site staat; in de kop en de voet van elke pagina.' }),
  /** The date the dialogue opened; dates of stories and tables before it are flagged as likely typos. */
  openedOn: calendarDate.optional().meta({
    title: 'Geopend op',
    description: 'Optioneel: de datum waarop de dialoog begon; data van verhalen en tafels ervoor krijgen een waarschuwing.',
  }),
  /** The date the dialogue was closed; once it has passed, every page shows an archive banner and speaks in the past tense. */
  closedOn: calendarDate.optional().meta({
    title: 'Gesloten op',
    description:
      'Optioneel: de datum waarop de dialoog sloot; daarna toont elke pagina dat de site een archief is en spreekt ze in de verleden tijd.',
  }),
  /** How exactly the record knows the closing date; the banner never says more ("gesloten sinds juni 2021", or only "gesloten"). */
  closedOnKnown: z
    .enum(CLOSED_ON_KNOWN, { error: `moet een van deze zijn: ${CLOSED_ON_KNOWN.join(', ')}` })
    .default('day')
    .meta({
      title: 'Sluitingsdatum bekend tot op',
      description:
        'day, month of year: zo precies toont de site de sluitingsdatum. unknown: geen bron noemt de datum; de site zegt dan alleen dat de dialoog gesloten is.',
    }),
  /** The headline of the home page once the dialogue is closed, e.g. "Wat was jouw idee?". Defaults to a sentence with the site's name. */
  closedTagline: boundedText(2, 80).optional().meta({
    title: 'Kop na sluiting',
    description: 'Optioneel: de grote vraag op de voorpagina als de dialoog gesloten is, bijvoorbeeld "Wat was jouw idee?".',
  }),
  /** Figures on public record with their source; the home page shows them instead of sums of the tables. */
  publicFigures: publicFiguresSchema.optional().meta({
    title: 'Openbare cijfers',
    description:
      'Optioneel: cijfers uit een openbaar verslag met hun bron; de voorpagina toont die in plaats van de optelling van de tafels.',
  }),
  /** Colours of the site; themes have their own colour. */
  palette: z
    .strictObject({
      /** Main brand colour (header band, buttons). Needs 4.5:1 contrast with white. */
      primary: backgroundColour('light').meta({
        title: 'Hoofdkleur',
        description: 'Voor de kopbalk en knoppen; witte tekst staat erop, dus contrast minstens 4,5:1 met wit.',
      }),
      /** Accent for highlights (search button, calls to action): dark text on it, so 4.5:1 with #1a1a1a. */
      accent: backgroundColour('dark').meta({
        title: 'Accentkleur',
        description: 'Voor de zoekknop en oproepen; donkere tekst staat erop, dus contrast minstens 4,5:1 met #1a1a1a.',
      }),
    })
    .meta({ title: 'Kleuren' }),
  /** Hashtags suggested with share cards, without the #. */
  hashtags: z
    .array(z.string().regex(/^[\p{L}\p{N}_]+$/u, { error: 'een hashtag bestaat uit letters en cijfers, zonder #' }))
    .default([])
    .meta({ title: 'Hashtags', description: 'Voorgesteld bij de deelkaarten, zonder #.' }),
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
      securityEmail: z.email().optional().meta({
        title: 'E-mail voor beveiligingsmeldingen',
        description: 'Optioneel; anders het gewone e-mailadres. Staat in security.txt.',
      }),
    })
    .meta({ title: 'Contact', description: 'Hoe burgers en pers de organisatie bereiken.' }),
  /** The statuses of follow-ups ("Wat is ermee gedaan?"), in the order overviews show them. */
  followUpStatuses: z
    .array(followUpStatusSchema, { error: 'moet een lijst van statussen zijn (id, label, description)' })
    .min(1, { error: 'noem minstens één status' })
    .refine((list) => new Set(list.map((status) => status.id)).size === list.length, { error: 'noem elke status-id maar één keer' })
    // "alle" names the share card of the overview of all follow-ups.
    .refine((list) => list.every((status) => status.id !== 'alle'), {
      error: 'de status-id "alle" is gereserveerd voor het overzicht; kies een andere id',
    })
    // A follow-up whose steps set no status has this one: the record does not say.
    .refine((list) => list.some((status) => status.id === 'onbekend'), {
      error: 'noem de status "onbekend" (id: onbekend): die krijgt een opvolging waarvan geen stap een status zet',
    })
    .default(DEFAULT_FOLLOW_UP_STATUSES)
    .meta({ title: 'Statussen van opvolging', description: 'De statussen van opvolgingen, in de volgorde van de overzichten' }),
  /** The licence under which the open data files (/open-data/) are published. */
  dataLicence: licenceSchema
    .default({
      name: 'CC0-1.0',
      title: 'Creative Commons Zero 1.0 (publiek domein)',
      url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl',
    })
    .meta({ title: 'Licentie van de open data', description: 'De licentie van de open data op /open-data/' }),
  /** Share cards: which sizes stories get, and whether the gallery's zips are stored in the build (see CardSettings in src/cards/card-plan.ts). */
  cards: z
    .strictObject({
      /** Every story gets a card in all four sizes, not only the og:image one (1200×630). */
      allStorySizes: z.boolean({ error: 'moet true of false zijn' }).default(false).meta({
        title: 'Alle formaten voor verhalen',
        description:
          "Aan: elk verhaal krijgt een deelkaart in alle vier formaten. Uit (standaard): alleen liggend, 1200 × 630, het formaat van het linkvoorbeeld. Thema's, inzichten, hoofdstukken, cijfers, opvolging en de site hebben altijd alle formaten.",
      }),
      /** Every gallery page's zip is built and published beside the PNGs, instead of made in the visitor's browser. */
      storedZips: z.boolean({ error: 'moet true of false zijn' }).default(false).meta({
        title: 'Zips meebouwen',
        description:
          'Aan: elke pagina van /deelkaarten/ krijgt een kant-en-klare zip naast de afbeeldingen (die ruimte kost de site dan twee keer). Uit (standaard): de browser maakt de zip bij het downloaden uit de afbeeldingen die al op de site staan.',
      }),
    })
    .default({ allStorySizes: false, storedZips: false })
    .meta({
      title: 'Deelkaarten',
      description: 'Optioneel: welke formaten verhalen krijgen en of de zips van de deelkaarten meegebouwd worden.',
    }),
  /** Where the CMS at /admin/ reads and writes content; see docs/redactie.md. */
  cms: cmsBackendSchema
    .optional()
    .meta({ title: 'CMS-koppeling', description: 'Waar het CMS op /admin/ de inhoud leest en schrijft. Laat dit aan de beheerder over.' }),
});
export type SiteSettings = z.output<typeof siteSchema>;
