import type { Dataset } from './dataset.ts';

/** Prefixes of the catalogue's JSON-LD; inline, so nothing is fetched to read it. */
export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const AUTHORITY = 'http://publications.europa.eu/resource/authority';

/** Terms of the controlled vocabularies DCAT-AP-NL 3.0 prescribes (its chapter "Waardelijsten"). */
export const EU = {
  /** EU Languages Named Authority List. */
  dutch: `${AUTHORITY}/language/NLD`,
  /** Access Rights Named Authority List: one of public, restricted, non-public. */
  public: `${AUTHORITY}/access-right/PUBLIC`,
  /** The Dataset Theme Vocabulary, which dcat:theme must use. */
  themeScheme: `${AUTHORITY}/data-theme`,
  /** A dialogue's results are about society and come from government. */
  themes: [
    { iri: `${AUTHORITY}/data-theme/SOCI`, label: 'Bevolking en samenleving' },
    { iri: `${AUTHORITY}/data-theme/GOVE`, label: 'Overheid en publieke sector' },
  ],
  /** IANA media types (dcat:mediaType). */
  mediaType: (type: string) => `https://www.iana.org/assignments/media-types/${type}`,
  /** EU File Type Named Authority List (dct:format). */
  fileType: (type: string) => `${AUTHORITY}/file-type/${type}`,
} as const;

const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** A date as exact as it is written: a year, a month or a day, each with its own XML Schema type. */
export function typedDate(value: string): { '@value': string; '@type': string } {
  const type = /^\d{4}$/.test(value) ? 'gYear' : /^\d{4}-\d{2}$/.test(value) ? 'gYearMonth' : 'date';
  return { '@value': value, '@type': `${XSD}${type}` };
}

/** Columns holding dates (a day, or a month when only that is known). */
const isDateField = (field: Dataset['fields'][number]) =>
  !field.list && (field.type === 'date' || (field.pattern !== undefined && field.pattern.startsWith('^\\d{4}-\\d{2}')));

/** The first and last date in the dataset's date columns, each in the precision it is written in. */
export function temporalCoverage(dataset: Dataset): { start: string; end: string } | undefined {
  const names = dataset.fields.filter(isDateField).map((field) => field.name);
  const dates = dataset.rows
    .flatMap((row) => names.map((name) => row[name]))
    .filter((value): value is string => typeof value === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(value))
    .sort();
  return dates.length > 0 ? { start: dates[0]!, end: dates.at(-1)! } : undefined;
}

/** The field that marks an invented row (open-data.ts: "voorbeeld"). */
export const EXAMPLE_FIELD = 'voorbeeld';

/** How many rows of the dataset are invented, of how many. */
export function exampleRows(dataset: Dataset): { examples: number; rows: number } {
  const rows = dataset.rows.length;
  if (dataset.example) return { examples: rows, rows };
  const marked = dataset.fields.some((field) => field.name === EXAMPLE_FIELD);
  return { examples: marked ? dataset.rows.filter((row) => row[EXAMPLE_FIELD] === true).length : 0, rows };
}

/** The sentence every dataset holding examples carries, in plain Dutch; undefined when it holds none. */
export function exampleNote(dataset: Dataset, counted = exampleRows(dataset)): string | undefined {
  if (counted.examples === 0) return undefined;
  if (counted.examples === counted.rows || dataset.example)
    return 'Let op: alle gegevens in deze dataset zijn een voorbeeld, ter illustratie bedacht. Ze zijn geen verslag van de echte dialoog.';
  return `Let op: ${counted.examples} van de ${counted.rows} rijen zijn een voorbeeld, ter illustratie bedacht en geen verslag van de echte dialoog. Die rijen hebben in de kolom ${EXAMPLE_FIELD} de waarde ja.`;
}
