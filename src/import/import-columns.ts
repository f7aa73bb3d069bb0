import type { CsvCollection } from '../model/csv-content.ts';
import { slugify } from '../model/slug.ts';

/** The column order of the content files, as the schemas define the fields. */
export const CANONICAL_COLUMNS: Record<CsvCollection, readonly string[]> = {
  tables: ['id', 'date', 'track', 'region', 'participants', 'themes', 'title', 'example'],
  ideas: ['table', 'theme', 'kind', 'text', 'example'],
};

/** Columns an import file may leave out; they get an empty cell. */
const OPTIONAL_COLUMNS = new Set(['example']);

/** Headings a spreadsheet may use, Dutch or English, per field (compared without case, accents, spaces or punctuation). */
const HEADER_ALIASES: Record<CsvCollection, Record<string, readonly string[]>> = {
  tables: {
    id: ['id', 'tafel', 'tafelid', 'tafelcode', 'code'],
    date: ['date', 'datum'],
    track: ['track', 'spoor', 'deelproject'],
    region: ['region', 'regio', 'provincie'],
    participants: ['participants', 'deelnemers', 'aantaldeelnemers'],
    themes: ['themes', 'themas', 'thema'],
    title: ['title', 'titel', 'omschrijving'],
    example: ['example', 'voorbeeld'],
  },
  ideas: {
    table: ['table', 'tafel', 'tafelid', 'tafelcode'],
    theme: ['theme', 'thema'],
    kind: ['kind', 'soort'],
    text: ['text', 'tekst', 'idee', 'inbreng'],
    example: ['example', 'voorbeeld'],
  },
};

export const normaliseHeading = (heading: string) =>
  heading
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** How the columns of an import file map onto the fields, or why they cannot. */
export interface ColumnMapping {
  /** For each column of the file, the field it fills ('' for an unknown column). */
  fields: string[];
  problems: string[];
}

/** A column an import file may have: the field it fills, the headings that mean it, its Dutch name. */
export interface ColumnSpec {
  field: string;
  /** Headings compared without case, accents, spaces or punctuation. */
  aliases: readonly string[];
  /** The heading named in messages. */
  label: string;
  required: boolean;
  /** Name the field too when the column is missing: `de kolom "soort" (kind) ontbreekt`. */
  showField?: boolean;
}

/** Maps spreadsheet headings to fields; unknown, doubled and missing columns are problems (nothing is guessed). One rule for every import. */
export function mapHeadings(headings: readonly string[], columns: readonly ColumnSpec[]): ColumnMapping {
  const problems: string[] = [];
  const fields = headings.map((heading) => {
    const key = normaliseHeading(heading);
    const field = columns.find((column) => column.aliases.includes(key))?.field;
    if (!field)
      problems.push(
        `de kolom "${heading}" is onbekend: hernoem haar naar een van ${columns.map((column) => column.label).join(', ')} of verwijder haar`,
      );
    return field ?? '';
  });
  for (const column of columns) {
    const count = fields.filter((f) => f === column.field).length;
    if (count > 1) problems.push(`er zijn ${count} kolommen voor "${column.label}": laat er één over`);
    if (count === 0 && column.required)
      problems.push(`de kolom "${column.label}"${column.showField ? ` (${column.field})` : ''} ontbreekt`);
  }
  return { fields, problems };
}

/** The columns of a content CSV file's import. */
const csvColumns = (collection: CsvCollection): ColumnSpec[] =>
  CANONICAL_COLUMNS[collection].map((field) => {
    const aliases = HEADER_ALIASES[collection][field] ?? [field];
    return { field, aliases, label: aliases[1] ?? aliases[0] ?? field, required: !OPTIONAL_COLUMNS.has(field), showField: true };
  });

/** Maps the headings of a tables or ideas export to the fields of the content file. */
export const mapColumns = (collection: CsvCollection, headings: readonly string[]): ColumnMapping =>
  mapHeadings(headings, csvColumns(collection));

const YES = new Set(['ja', 'j', 'x', 'yes', 'y', 'true', '1', 'waar']);
const NO = new Set(['nee', 'n', 'no', 'false', '0', 'onwaar', '']);
const REGION_ALIASES: Record<string, string> = {
  friesland: 'fryslan',
  brabant: 'noord-brabant',
  nederland: 'landelijk',
  nationaal: 'landelijk',
};

/** One line of plain text: no control characters, no line breaks, single spaces. Markup stays literal text. */
export const plainText = (value: string) =>
  value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A cell as the content file wants it: slugs in lower case without accents, dates as
 * JJJJ-MM-DD (also from DD-MM-JJJJ), lists separated by ";", yes/no as "ja"/"nee".
 * Values that cannot be understood are passed on unchanged so the schema names them.
 */
export function normaliseCell(field: string, raw: string): string {
  const value = plainText(raw);
  switch (field) {
    case 'track':
    case 'kind':
      return value.toLowerCase();
    case 'region': {
      const slug = slugify(value);
      return REGION_ALIASES[slug] ?? slug;
    }
    case 'theme':
      return slugify(value) || value;
    case 'themes':
      return value
        .split(/[;,|]/)
        .map((part) => slugify(part) || part.trim())
        .filter(Boolean)
        .join(';');
    case 'date': {
      const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
      return dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : value;
    }
    case 'example': {
      const lower = value.toLowerCase();
      return YES.has(lower) ? 'ja' : NO.has(lower) ? 'nee' : value;
    }
    default:
      return value;
  }
}
