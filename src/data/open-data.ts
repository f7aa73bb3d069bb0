import type { Dataset, DatasetField } from '../open-data/dataset.ts';
import { describeDataPackage, type PackageDocument } from '../open-data/data-package.ts';
import { describeDcatCatalogue, type CatalogueDocument } from '../open-data/dcat.ts';
import { publisherOf } from '../archive/publisher.ts';
import { KINDS, REGIONS, TRACKS } from '../schemas/shared.ts';
import { isoDate } from '../i18n/t.ts';
import { isoRecordDate } from './followup-model.ts';
import { isWrittenForSite, sourceKinds } from './example.ts';
import { isPublisherPlaceholder } from './placeholders.ts';
import { absoluteUrl, OPEN_DATA_NAMES, ROUTES } from './urls.ts';
import { viewFollowUp } from './followups.ts';
import { getHarvest, type Harvest } from './harvest.ts';
import { getVisuals } from './visuals.ts';
import { EXAMPLE, visualDataset } from './visual-dataset.ts';

// A date at its own precision: JJJJ-MM-DD, JJJJ-MM or JJJJ, never made more exact than the record.
const RECORD_DATE = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const;
const SOURCES: DatasetField = {
  name: 'bronnen',
  type: 'string',
  list: true,
  description: "Bronnen van de feiten in de tekst (id's uit bronnen; zie /bronnen/)",
};
const OWN_SUMMARY: DatasetField = {
  name: 'toelichting_voorbeeld',
  type: 'boolean',
  required: true,
  description:
    'Ja als de toelichting op de pagina voor deze site is geschreven, als voorbeeld, en geen tekst uit een openbaar document is (zie bronnen)',
};

/**
 * A dataset whose rows hold examples says so in its description too, so datapackage.json and
 * any catalogue built from it carry the label, not only the column.
 */
function withExampleNote(dataset: Dataset): Dataset {
  const examples = dataset.rows.filter((row) => row[EXAMPLE.name] === true).length;
  const ownText = dataset.rows.some((row) => row['toelichting_voorbeeld'] === true);
  const notes = [
    examples > 0 ? `Voorbeeld: ${examples} van de ${dataset.rows.length} rijen zijn ter illustratie bedacht (kolom voorbeeld).` : '',
    ownText ? 'Voorbeeld: toelichtingen met toelichting_voorbeeld = ja zijn voor deze site geschreven.' : '',
  ].filter(Boolean);
  return notes.length === 0 ? dataset : { ...dataset, description: `${dataset.description} ${notes.join(' ')}` };
}

/** The sources, dialogue tables, ideas, themes, insights and follow-ups as datasets, each saying when it holds examples. */
export function contentDatasets(harvest: Harvest): Dataset[] {
  return listContentDatasets(harvest).map(withExampleNote);
}

function listContentDatasets(harvest: Harvest): Dataset[] {
  const page = (path: string) => absoluteUrl(harvest.site.baseUrl, path);
  const views = harvest.followups.map((entry) => viewFollowUp(harvest, entry));
  const kinds = sourceKinds(harvest.sources);
  return [
    {
      name: OPEN_DATA_NAMES.sources,
      title: 'Bronnen',
      description: 'De documenten waar de feiten op deze site uit komen, en de teksten die voor deze site zijn geschreven.',
      primaryKey: ['id'],
      fields: [
        { name: 'id', type: 'string', required: true, description: 'Id van de bron; andere bestanden verwijzen ernaar' },
        { name: 'titel', type: 'string', required: true, description: 'Titel van het document' },
        { name: 'datum', ...RECORD_DATE, description: 'Datum van het document: JJJJ-MM-DD, JJJJ-MM of JJJJ, niet preciezer dan bekend' },
        { name: 'uitgever', type: 'string', required: true, description: 'Wie het document uitgaf of schreef' },
        { name: 'url', type: 'string', format: 'uri', description: 'Waar het document online staat, als dat bekend is' },
        {
          name: 'soort',
          type: 'string',
          required: true,
          enum: ['record', 'summary'],
          description: 'record: een openbaar document; summary: voor deze site geschreven',
        },
      ],
      rows: harvest.sources.map((source) => ({
        id: source.id,
        titel: source.data.title,
        datum: source.data.date ? isoRecordDate(source.data.date) : null,
        uitgever: source.data.publisher,
        url: source.data.url ?? null,
        soort: source.data.kind,
      })),
    },
    {
      name: OPEN_DATA_NAMES.tables,
      title: 'Dialoogtafels',
      description: "Eén rij per dialoogtafel: wanneer, welk spoor, in welke provincie, hoeveel deelnemers en over welke thema's.",
      primaryKey: ['id'],
      fields: [
        { name: 'id', type: 'string', required: true, description: 'Code van de tafel; ideeën en opvolging verwijzen ernaar' },
        { name: 'datum', type: 'date', required: true, description: 'Datum van het gesprek' },
        {
          name: 'spoor',
          type: 'string',
          required: true,
          enum: TRACKS,
          description: 'Wie er aan tafel zat: burgers, middenveld, wetenschap of bestuur',
        },
        { name: 'regio', type: 'string', required: true, enum: REGIONS, description: 'Provincie van de tafel, of landelijk' },
        { name: 'deelnemers', type: 'integer', required: true, description: 'Aantal deelnemers aan de tafel' },
        { name: 'themas', type: 'string', list: true, description: "Thema's die aan tafel besproken zijn (id's uit themas)" },
        { name: 'titel', type: 'string', required: true, description: 'Korte beschrijving van wie er aan tafel zat' },
        EXAMPLE,
      ],
      rows: harvest.tables.map((table) => ({
        id: table.id,
        datum: isoDate(table.data.date),
        spoor: table.data.track,
        regio: table.data.region,
        deelnemers: table.data.participants,
        themas: table.data.themes,
        titel: table.data.title,
        voorbeeld: table.data.example,
      })),
    },
    {
      name: OPEN_DATA_NAMES.ideas,
      title: 'Ideeën van de dialoogtafels',
      description: 'Eén rij per idee dat aan een tafel is opgehaald: wat knelde (knel), wat opbloeide (kiem) of een concreet idee (idee).',
      foreignKeys: [{ fields: ['tafel'], reference: { resource: OPEN_DATA_NAMES.tables, fields: ['id'] } }],
      fields: [
        { name: 'tafel', type: 'string', required: true, description: 'Code van de dialoogtafel (id in dialoogtafels)' },
        { name: 'thema', type: 'string', required: true, description: 'Thema van het idee (id uit themas)' },
        { name: 'soort', type: 'string', required: true, enum: KINDS, description: 'knel (wat knelde), kiem (wat opbloeide) of idee' },
        { name: 'tekst', type: 'string', required: true, description: 'Het idee in één zin' },
        EXAMPLE,
      ],
      rows: harvest.ideas.map((idea) => ({
        tafel: idea.data.table,
        thema: idea.data.theme,
        soort: idea.data.kind,
        tekst: idea.data.text,
        voorbeeld: idea.data.example,
      })),
    },
    {
      name: OPEN_DATA_NAMES.themes,
      title: "Thema's",
      description: "De thema's van de dialoog, in de volgorde van de site.",
      primaryKey: ['id'],
      fields: [
        { name: 'id', type: 'string', required: true, description: 'Id van het thema; andere bestanden verwijzen ernaar' },
        { name: 'titel', type: 'string', required: true, description: 'Naam van het thema' },
        { name: 'korte_titel', type: 'string', required: true, description: 'Korte naam van het thema' },
        { name: 'samenvatting', type: 'string', required: true, description: 'Waar het thema over gaat' },
        { name: 'pagina', type: 'string', format: 'uri', required: true, description: 'Pagina van het thema op deze site' },
        SOURCES,
        OWN_SUMMARY,
      ],
      rows: harvest.themes.map((theme) => ({
        id: theme.id,
        titel: theme.data.title,
        korte_titel: theme.data.shortTitle,
        samenvatting: theme.data.summary,
        pagina: page(ROUTES.theme(theme.id)),
        bronnen: theme.data.sources,
        toelichting_voorbeeld: isWrittenForSite(theme.data.sources, kinds),
      })),
    },
    {
      name: OPEN_DATA_NAMES.insights,
      title: 'Inzichten',
      description: 'De inzichten die uit de gesprekken naar voren kwamen.',
      primaryKey: ['id'],
      fields: [
        { name: 'id', type: 'string', required: true, description: 'Id van het inzicht' },
        { name: 'nummer', type: 'integer', required: true, description: 'Nummer van het inzicht' },
        { name: 'titel', type: 'string', required: true, description: 'Het inzicht in één zin' },
        { name: 'samenvatting', type: 'string', required: true, description: 'Korte uitleg' },
        { name: 'datum', type: 'date', required: true, description: 'Wanneer het inzicht werd gepresenteerd' },
        { name: 'themas', type: 'string', list: true, description: "Thema's van het inzicht (id's uit themas)" },
        { name: 'pagina', type: 'string', format: 'uri', required: true, description: 'Pagina van het inzicht op deze site' },
        SOURCES,
        OWN_SUMMARY,
      ],
      rows: harvest.insights.map((insight) => ({
        id: insight.id,
        nummer: insight.data.number,
        titel: insight.data.title,
        samenvatting: insight.data.summary,
        datum: isoDate(insight.data.date),
        themas: insight.data.themes,
        pagina: page(ROUTES.insight(insight.id)),
        bronnen: insight.data.sources,
        toelichting_voorbeeld: isWrittenForSite(insight.data.sources, kinds),
      })),
    },
    {
      name: OPEN_DATA_NAMES.followUps,
      title: 'Opvolging: wat is ermee gedaan?',
      description:
        'Eén rij per opvolging: wat er gebeurde met een inzicht, aanbeveling of hoofdstuk, de status, wie verantwoordelijk is en waar het antwoord op geeft.',
      primaryKey: ['id'],
      fields: [
        { name: 'id', type: 'string', required: true, description: 'Id van de opvolging' },
        { name: 'titel', type: 'string', required: true, description: 'Wat er gevraagd of beloofd werd' },
        { name: 'samenvatting', type: 'string', required: true, description: 'Wat ermee gebeurde, in eenvoudige taal' },
        {
          name: 'status',
          type: 'string',
          required: true,
          enum: harvest.site.followUpStatuses.map((status) => status.id),
          description:
            'Hoe het er nu voor staat (id van de status): de status van de laatste stap die hem veranderde, onbekend als geen stap dat doet',
        },
        { name: 'status_naam', type: 'string', required: true, description: 'De status zoals de site hem noemt' },
        { name: 'verantwoordelijk', type: 'string', description: 'Wie ervoor verantwoordelijk is; leeg als geen bron het zegt' },
        { name: 'verantwoordelijk_bron', type: 'string', description: 'De bron die zegt wie verantwoordelijk is (id uit bronnen)' },
        {
          name: 'eerst_genoemd',
          ...RECORD_DATE,
          required: true,
          description: 'Datum van de oudste stap: JJJJ-MM-DD, JJJJ-MM of JJJJ, niet preciezer dan de bron',
        },
        {
          name: 'beoogd_klaar',
          ...RECORD_DATE,
          description: 'Wanneer het klaar zou moeten zijn, als een bron dat zegt: JJJJ-MM-DD, JJJJ-MM of JJJJ',
        },
        {
          name: 'laatst_bijgewerkt',
          ...RECORD_DATE,
          required: true,
          description: 'Datum van de nieuwste stap: JJJJ-MM-DD, JJJJ-MM of JJJJ',
        },
        { name: 'themas', type: 'string', list: true, description: "Thema's waar dit antwoord op geeft (id's uit themas)" },
        { name: 'inzichten', type: 'string', list: true, description: "Inzichten waar dit antwoord op geeft (id's uit inzichten)" },
        {
          name: 'hoofdstukken',
          type: 'string',
          list: true,
          description: "Hoofdstukken van het eindproduct waar dit antwoord op geeft (id's)",
        },
        { name: 'tafels', type: 'string', list: true, description: "Dialoogtafels waar dit antwoord op geeft (id's uit dialoogtafels)" },
        { name: 'pagina', type: 'string', format: 'uri', required: true, description: 'Pagina van de opvolging op deze site' },
        { ...EXAMPLE, description: 'Ja als de hele opvolging ter illustratie is bedacht' },
      ],
      rows: views.map(({ entry, status, lastUpdated, firstMentioned, responsible }) => ({
        id: entry.id,
        titel: entry.data.title,
        samenvatting: entry.data.summary,
        status: status.id,
        status_naam: status.label,
        verantwoordelijk: responsible?.name ?? null,
        verantwoordelijk_bron: responsible?.source?.id ?? null,
        eerst_genoemd: isoRecordDate(firstMentioned),
        beoogd_klaar: entry.data.due ? isoRecordDate(entry.data.due) : null,
        laatst_bijgewerkt: isoRecordDate(lastUpdated),
        themas: entry.data.themes,
        inzichten: entry.data.insights,
        hoofdstukken: entry.data.chapters,
        tafels: entry.data.tables,
        pagina: page(ROUTES.followUp(entry.id)),
        voorbeeld: entry.data.example,
      })),
    },
    {
      name: OPEN_DATA_NAMES.followUpSteps,
      title: 'Opvolging: de stappen met datum en bron',
      description: 'Eén rij per stap in de tijdlijn van een opvolging, met de bron van die stap.',
      primaryKey: ['opvolging', 'stap'],
      foreignKeys: [{ fields: ['opvolging'], reference: { resource: OPEN_DATA_NAMES.followUps, fields: ['id'] } }],
      fields: [
        { name: 'opvolging', type: 'string', required: true, description: 'Id van de opvolging (id in opvolging)' },
        { name: 'stap', type: 'integer', required: true, description: 'Nummer van de stap, de oudste eerst' },
        {
          name: 'datum',
          ...RECORD_DATE,
          required: true,
          description:
            'Wanneer de stap gebeurde, of wanneer een document hem noemde (zie genoemd): JJJJ-MM-DD, JJJJ-MM of JJJJ, niet preciezer dan de bron',
        },
        {
          name: 'genoemd',
          type: 'boolean',
          required: true,
          description: 'Ja als de datum de datum is van het document dat de stap noemt, niet van de stap zelf',
        },
        { name: 'tekst', type: 'string', required: true, description: 'Wat er gebeurde' },
        { name: 'status', type: 'string', description: 'De status na deze stap, als die veranderde (id van de status)' },
        { name: 'bron', type: 'string', description: 'Id van de bron waar de stap in staat (zie bronnen); leeg bij een voorbeeld' },
        { name: 'bron_document', type: 'string', description: 'Titel van die bron' },
        { name: 'bron_datum', ...RECORD_DATE, description: 'Datum van die bron, niet preciezer dan bekend' },
        { name: 'bron_url', type: 'string', format: 'uri', description: 'Link naar het document, als het online staat' },
        { ...EXAMPLE, description: 'Ja als de stap ter illustratie is bedacht en niet uit een bestaand document komt' },
      ],
      rows: views.flatMap(({ entry, timeline }) =>
        timeline.map((step) => ({
          opvolging: entry.id,
          stap: step.number,
          datum: isoRecordDate(step.date),
          genoemd: step.mentioned,
          tekst: step.text,
          status: step.status ?? null,
          bron: step.sourceEntry?.id ?? null,
          bron_document: step.sourceEntry?.data.title ?? null,
          bron_datum: step.sourceEntry?.data.date ? isoRecordDate(step.sourceEntry.data.date) : null,
          bron_url: step.sourceEntry?.data.url ?? null,
          voorbeeld: step.example,
        })),
      ),
    },
  ];
}

let loading: Promise<Dataset[]> | undefined;

/** Every open data file of the site, content first, then one per chart; made once per build. */
export function getOpenDatasets(): Promise<Dataset[]> {
  loading ??= Promise.all([getHarvest(), getVisuals()]).then(([harvest, visuals]) => [
    ...contentDatasets(harvest),
    ...visuals.map((visual) => visualDataset(visual, harvest.site.baseUrl)),
  ]);
  return loading;
}

/** datapackage.json of the open data files. */
export async function getDataPackage(documents: readonly PackageDocument[] = []): Promise<Record<string, unknown>> {
  const [harvest, datasets] = await Promise.all([getHarvest(), getOpenDatasets()]);
  const { site } = harvest;
  return describeDataPackage(
    {
      name: 'oogst-open-data',
      title: `${site.name}: open data`,
      description: site.description,
      homepage: absoluteUrl(site.baseUrl, ROUTES.openData),
      licence: site.dataLicence,
      // A publisher still to be filled in is no contributor: the package names none rather than a placeholder.
      contributor: isPublisherPlaceholder(site.organisation.name)
        ? undefined
        : { title: site.organisation.name, path: site.organisation.url },
    },
    datasets,
    documents,
  );
}

/** The DCAT-AP-NL catalogue of the open data files, dated by the build date. */
export async function getDcatCatalogue(buildDate: Date, documents: readonly CatalogueDocument[] = []): Promise<Record<string, unknown>> {
  const [harvest, datasets] = await Promise.all([getHarvest(), getOpenDatasets()]);
  const { site } = harvest;
  const absolute = (path: string) => absoluteUrl(site.baseUrl, path);
  const email = site.contact.email;
  return describeDcatCatalogue(
    {
      title: `${site.name}: open data`,
      description: site.description,
      catalogueUrl: absolute(ROUTES.dataCatalogue),
      homepage: absolute(ROUTES.openData),
      dataPackageUrl: absolute(ROUTES.dataPackage),
      fileUrl: (name, format) => absolute(ROUTES.openDataFile(name, format)),
      publisher: publisherOf(site),
      siteUrl: `${site.baseUrl}/`,
      // A placeholder address never reaches a harvester; the publisher's website stands in.
      ...(isPublisherPlaceholder(email) ? {} : { contactEmail: email }),
      licence: site.dataLicence,
      modified: buildDate,
    },
    datasets,
    documents,
  );
}
