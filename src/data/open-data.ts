import type { VisualInput } from '../charts/types.ts';
import type { Dataset, DatasetField } from '../open-data/dataset.ts';
import { describeDataPackage, type PackageDocument } from '../open-data/data-package.ts';
import { KINDS, REGIONS, TRACKS } from '../schemas/shared.ts';
import { isoDate } from '../i18n/t.ts';
import { isoRecordDate } from './followup-model.ts';
import { absoluteUrl, OPEN_DATA_NAMES, ROUTES } from './urls.ts';
import { viewFollowUp } from './followups.ts';
import { getHarvest, type Harvest } from './harvest.ts';
import { getVisuals } from './visuals.ts';

const RECORD_DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' } as const;
const EXAMPLE: DatasetField = {
  name: 'voorbeeld',
  type: 'boolean',
  required: true,
  description: 'Ja als de rij ter illustratie is bedacht en geen verslag van de echte dialoog is',
};

/** The dialogue tables, ideas, themes, insights, chapters and follow-ups as datasets. */
export function contentDatasets(harvest: Harvest): Dataset[] {
  const page = (path: string) => absoluteUrl(harvest.site.baseUrl, path);
  const views = harvest.followups.map((entry) => viewFollowUp(harvest, entry));
  return [
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
      ],
      rows: harvest.themes.map((theme) => ({
        id: theme.id,
        titel: theme.data.title,
        korte_titel: theme.data.shortTitle,
        samenvatting: theme.data.summary,
        pagina: page(ROUTES.theme(theme.id)),
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
      ],
      rows: harvest.insights.map((insight) => ({
        id: insight.id,
        nummer: insight.data.number,
        titel: insight.data.title,
        samenvatting: insight.data.summary,
        datum: isoDate(insight.data.date),
        themas: insight.data.themes,
        pagina: page(ROUTES.insight(insight.id)),
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
          description: 'Hoe het er nu voor staat (id van de status)',
        },
        { name: 'status_naam', type: 'string', required: true, description: 'De status zoals de site hem noemt' },
        { name: 'verantwoordelijk', type: 'string', required: true, description: 'Wie ervoor verantwoordelijk is' },
        {
          name: 'begonnen',
          ...RECORD_DATE,
          required: true,
          description: 'Datum van de toezegging of vraag: JJJJ-MM-DD, of JJJJ-MM als alleen de maand bekend is',
        },
        {
          name: 'beoogd_klaar',
          ...RECORD_DATE,
          description: 'Wanneer het klaar zou moeten zijn, als dat gezegd is: JJJJ-MM-DD of JJJJ-MM',
        },
        { name: 'laatst_bijgewerkt', ...RECORD_DATE, required: true, description: 'Datum van de nieuwste stap: JJJJ-MM-DD of JJJJ-MM' },
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
      rows: views.map(({ entry, status, lastUpdated }) => ({
        id: entry.id,
        titel: entry.data.title,
        samenvatting: entry.data.summary,
        status: status.id,
        status_naam: status.label,
        verantwoordelijk: entry.data.responsible,
        begonnen: isoRecordDate(entry.data.started),
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
          description: 'Wanneer de stap gebeurde: JJJJ-MM-DD, of JJJJ-MM als alleen de maand bekend is',
        },
        { name: 'tekst', type: 'string', required: true, description: 'Wat er gebeurde' },
        { name: 'status', type: 'string', description: 'De status na deze stap, als die veranderde (id van de status)' },
        { name: 'bron_document', type: 'string', description: 'Naam van het document waar de stap in staat; leeg bij een voorbeeld' },
        { name: 'bron_datum', ...RECORD_DATE, description: 'Datum van dat document' },
        { name: 'bron_url', type: 'string', format: 'uri', description: 'Link naar het document, als het online staat' },
        { ...EXAMPLE, description: 'Ja als de stap ter illustratie is bedacht en niet uit een bestaand document komt' },
      ],
      rows: views.flatMap(({ entry, timeline }) =>
        timeline.map((step) => ({
          opvolging: entry.id,
          stap: step.number,
          datum: isoRecordDate(step.date),
          tekst: step.text,
          status: step.status ?? null,
          bron_document: step.source?.document ?? null,
          bron_datum: step.source ? isoRecordDate(step.source.date) : null,
          bron_url: step.source?.url ?? null,
          voorbeeld: step.example,
        })),
      ),
    },
  ];
}

/** The numbers behind one chart as a dataset, with the column types the numbers have. */
export function visualDataset(visual: VisualInput, baseUrl: string): Dataset {
  const { columns, rows } = visual.table;
  const heading = (column: string) => visual.spec.columns[column] ?? visual.columnLabels[column] ?? column;
  return {
    name: OPEN_DATA_NAMES.visual(visual.slug),
    title: `Cijfers achter de grafiek: ${visual.spec.title}`,
    description: `${visual.spec.caption} Bron: ${visual.spec.source}.${visual.spec.example ? ' De cijfers zijn een voorbeeld ter illustratie.' : ''} Grafiek: ${baseUrl}/cijfers/${visual.slug}/`,
    fields: columns.map((column) => {
      const values = rows.map((row) => row[column]);
      const numeric = values.length > 0 && values.every((value) => typeof value === 'number');
      return {
        name: column,
        type: numeric ? (values.every((value) => Number.isInteger(value)) ? 'integer' : 'number') : 'string',
        description: heading(column),
      };
    }),
    rows: rows.map((row) => Object.fromEntries(columns.map((column) => [column, row[column] ?? null]))),
  };
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
      contributor: { title: site.organisation.name, path: site.organisation.url },
    },
    datasets,
    documents,
  );
}
