import { datasetToCsv, datasetToJson, fingerprint, type Dataset } from './dataset.ts';
import { DCAT_CONTEXT, EU, exampleNote, exampleRows, temporalCoverage, typedDate } from './dcat-terms.ts';

/** What the catalogue says about itself and who publishes it; from site.yaml's fields. */
export interface CatalogueInfo {
  title: string;
  description: string;
  /** Absolute URL of the catalogue file; datasets and distributions are fragments of it. */
  catalogueUrl: string;
  /** Absolute URL of the open data page (the landing page of every dataset). */
  homepage: string;
  /** Absolute URL of datapackage.json, the Table Schema every file follows. */
  dataPackageUrl: string;
  /** Absolute URL of a data file by dataset name and format. */
  fileUrl: (name: string, format: 'csv' | 'json') => string;
  publisher: { name: string; url: string | undefined };
  /** The site's address, for the contact point when neither an e-mail nor the publisher's website is known. */
  siteUrl: string;
  /** The publisher's e-mail for questions about the data; without one, its website. */
  contactEmail?: string;
  licence: { url: string; title: string };
  /** The build date: when the catalogue was last changed. */
  modified: Date;
}

/** A document published beside the data (the final product as PDF): a dataset of its own with one distribution. */
export interface CatalogueDocument {
  /** Fragment name in the catalogue ("eindproduct-pdf"). */
  name: string;
  title: string;
  /** Says so when the document holds invented examples. */
  description: string;
  example: boolean;
  /** Full address of the file. */
  url: string;
  /** Full address of the page that links it. */
  landingPage: string;
  bytes: number;
  /** The standard the file meets (PDF/UA-1). */
  conformsTo: { url: string; title: string };
}

const nl = (value: string) => ({ '@value': value, '@language': 'nl' });
const id = (iri: string) => ({ '@id': iri });

const FORMATS = {
  csv: { mediaType: 'text/csv', fileType: 'CSV', label: 'CSV', serialise: datasetToCsv },
  json: { mediaType: 'application/json', fileType: 'JSON', label: 'JSON', serialise: datasetToJson },
} as const;
const PDF = { mediaType: 'application/pdf', fileType: 'PDF', label: 'PDF' } as const;

/**
 * The open data files as a DCAT-AP-NL 3.0 catalogue in JSON-LD: the catalogue, one dataset per
 * open data definition (the same ones datapackage.json describes) and a CSV and a JSON
 * distribution of each, with Dutch titles and descriptions, the licence, the publisher, themes from
 * the EU data theme vocabulary, the period the rows cover in the precision of their dates, and
 * download URLs with media type and size. A dataset that holds invented rows says so in its
 * description and carries the keyword "voorbeeld". The terms of the controlled vocabularies used are
 * described in the graph too, so a validator sees their classes without fetching anything.
 */
export function describeDcatCatalogue(
  info: CatalogueInfo,
  datasets: readonly Dataset[],
  documents: readonly CatalogueDocument[] = [],
): Record<string, unknown> {
  const at = (fragment: string) => `${info.catalogueUrl}#${fragment}`;
  const publisher = at('uitgever');
  const contact = at('contact');
  const licence = id(info.licence.url);
  const common = {
    'dct:publisher': id(publisher),
    'dct:language': id(EU.dutch),
  };
  const graph: Record<string, unknown>[] = [
    {
      '@id': info.catalogueUrl,
      '@type': 'dcat:Catalog',
      'dct:title': nl(info.title),
      'dct:description': nl(info.description),
      ...common,
      'foaf:homepage': id(info.homepage),
      'dct:creator': id(publisher),
      'dct:license': licence,
      'dcat:contactPoint': id(contact),
      'dct:modified': typedDate(info.modified.toISOString().slice(0, 10)),
      'dcat:themeTaxonomy': id(EU.themeScheme),
      'dcat:dataset': [...datasets, ...documents].map((dataset) => id(at(`dataset-${dataset.name}`))),
    },
    {
      '@id': publisher,
      '@type': ['foaf:Agent', 'foaf:Organization'],
      'foaf:name': nl(info.publisher.name),
      ...(info.publisher.url ? { 'foaf:homepage': id(info.publisher.url) } : {}),
    },
    {
      '@id': contact,
      '@type': ['vcard:Kind', 'vcard:Organization'],
      'vcard:fn': nl(info.publisher.name),
      ...(info.contactEmail
        ? { 'vcard:hasEmail': id(`mailto:${info.contactEmail}`) }
        : { 'vcard:hasURL': id(info.publisher.url ?? info.siteUrl) }),
    },
  ];
  for (const dataset of datasets) {
    const datasetId = at(`dataset-${dataset.name}`);
    const examples = exampleRows(dataset);
    const note = exampleNote(dataset, examples);
    const period = temporalCoverage(dataset);
    graph.push({
      '@id': datasetId,
      '@type': 'dcat:Dataset',
      'dct:identifier': datasetId,
      'dct:title': nl(dataset.title),
      'dct:description': nl(note ? `${dataset.description} ${note}` : dataset.description),
      ...common,
      'dct:creator': id(publisher),
      'dcat:contactPoint': id(contact),
      'dct:accessRights': id(EU.public),
      'dcat:theme': EU.themes.map((theme) => id(theme.iri)),
      'dcat:keyword': [nl('dialoog'), nl('participatie'), ...(note ? [nl('voorbeeld')] : [])],
      'dcat:landingPage': id(info.homepage),
      'foaf:page': id(info.homepage),
      // The columns, their types and their meaning are in datapackage.json.
      'dct:conformsTo': id(info.dataPackageUrl),
      ...(period
        ? {
            // A named node rather than a blank one, so the Turtle carries no generated labels.
            'dct:temporal': {
              '@id': at(`${dataset.name}-periode`),
              '@type': 'dct:PeriodOfTime',
              'dcat:startDate': typedDate(period.start),
              'dcat:endDate': typedDate(period.end),
            },
          }
        : {}),
      'dcat:distribution': (['csv', 'json'] as const).map((format) => id(at(`${dataset.name}-${format}`))),
    });
    for (const format of ['csv', 'json'] as const) {
      const kind = FORMATS[format];
      const url = info.fileUrl(dataset.name, format);
      graph.push({
        '@id': at(`${dataset.name}-${format}`),
        '@type': 'dcat:Distribution',
        'dct:title': nl(`${dataset.title} (${kind.label})`),
        'dct:description': nl(note ? `${dataset.description} ${note}` : dataset.description),
        'dcat:accessURL': id(url),
        'dcat:downloadURL': id(url),
        'dcat:mediaType': id(EU.mediaType(kind.mediaType)),
        'dct:format': id(EU.fileType(kind.fileType)),
        'dcat:byteSize': { '@value': String(fingerprint(kind.serialise(dataset)).bytes), '@type': 'xsd:nonNegativeInteger' },
        'dct:license': licence,
        'dct:language': id(EU.dutch),
        'dct:conformsTo': id(info.dataPackageUrl),
      });
    }
  }
  for (const document of documents) {
    const datasetId = at(`dataset-${document.name}`);
    const keywords = [nl('dialoog'), nl('participatie'), nl('eindproduct'), ...(document.example ? [nl('voorbeeld')] : [])];
    graph.push({
      '@id': datasetId,
      '@type': 'dcat:Dataset',
      'dct:identifier': datasetId,
      'dct:title': nl(document.title),
      'dct:description': nl(document.description),
      ...common,
      'dct:creator': id(publisher),
      'dcat:contactPoint': id(contact),
      'dct:accessRights': id(EU.public),
      'dcat:theme': EU.themes.map((theme) => id(theme.iri)),
      'dcat:keyword': keywords,
      'dcat:landingPage': id(document.landingPage),
      'foaf:page': id(document.landingPage),
      'dct:conformsTo': id(document.conformsTo.url),
      'dcat:distribution': [id(at(`${document.name}-pdf`))],
    });
    graph.push({
      '@id': at(`${document.name}-pdf`),
      '@type': 'dcat:Distribution',
      'dct:title': nl(`${document.title} (${PDF.label})`),
      'dct:description': nl(document.description),
      'dcat:accessURL': id(document.url),
      'dcat:downloadURL': id(document.url),
      'dcat:mediaType': id(EU.mediaType(PDF.mediaType)),
      'dct:format': id(EU.fileType(PDF.fileType)),
      'dcat:byteSize': { '@value': String(document.bytes), '@type': 'xsd:nonNegativeInteger' },
      'dct:license': licence,
      'dct:language': id(EU.dutch),
      // The file is a tagged, accessible PDF: PDF/UA-1.
      'dct:conformsTo': id(document.conformsTo.url),
    });
    graph.push({ '@id': document.landingPage, '@type': 'foaf:Document', 'dct:title': nl(document.title) });
    graph.push({ '@id': document.conformsTo.url, '@type': 'dct:Standard', 'dct:title': nl(document.conformsTo.title) });
  }
  // Web pages the catalogue points to are documents (foaf:Document), as DCAT-AP asks of homepages and landing pages.
  graph.push({ '@id': info.homepage, '@type': 'foaf:Document', 'dct:title': nl(info.title) });
  graph.push({
    '@id': info.dataPackageUrl,
    '@type': 'dct:Standard',
    'dct:title': nl('Frictionless Data Package met de kolommen, typen en betekenis van elk bestand'),
  });
  graph.push(...vocabularyTerms(info.licence, documents.length > 0));
  return { '@context': DCAT_CONTEXT, '@graph': graph };
}

/** The classes and labels of the controlled terms the catalogue points to. */
function vocabularyTerms(licence: CatalogueInfo['licence'], withPdf: boolean): Record<string, unknown>[] {
  return [
    { '@id': licence.url, '@type': 'dct:LicenseDocument', 'rdfs:label': nl(licence.title) },
    { '@id': EU.dutch, '@type': 'dct:LinguisticSystem', 'skos:prefLabel': nl('Nederlands') },
    { '@id': EU.public, '@type': 'dct:RightsStatement', 'skos:prefLabel': nl('publiek') },
    { '@id': EU.themeScheme, '@type': 'skos:ConceptScheme', 'dct:title': nl("Thema's van datasets (EU)") },
    ...EU.themes.map((theme) => ({
      '@id': theme.iri,
      '@type': 'skos:Concept',
      'skos:prefLabel': nl(theme.label),
      'skos:inScheme': id(EU.themeScheme),
    })),
    ...[...Object.values(FORMATS), ...(withPdf ? [PDF] : [])].flatMap((kind) => [
      { '@id': EU.mediaType(kind.mediaType), '@type': 'dct:MediaType', 'rdfs:label': kind.mediaType },
      { '@id': EU.fileType(kind.fileType), '@type': 'dct:MediaTypeOrExtent', 'rdfs:label': kind.label },
    ]),
  ];
}
