import { createHash } from 'node:crypto';
import { Ajv } from 'ajv';
import { csvParseRows } from 'd3';
import schema from '../../src/open-data/data-package.schema.json' with { type: 'json' };

interface Field {
  name: string;
  type: string;
  format?: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; enum?: unknown[]; pattern?: string };
}
interface TableSchema {
  fields: Field[];
  missingValues?: string[];
  primaryKey?: string | string[];
  foreignKeys?: { fields: string | string[]; reference: { resource: string; fields: string | string[] } }[];
}
interface Resource {
  name: string;
  path: string;
  format?: string;
  bytes?: number;
  hash?: string;
  schema?: TableSchema;
}

// The spec's own schemas use `required` inside anyOf and if/then, which Ajv's strict mode forbids; the schema is still checked against the draft-07 meta-schema.
const ajv = new Ajv({ allErrors: true, strict: false });
const validateDescriptor = ajv.compile(schema);

const asList = (names: string | string[]) => (typeof names === 'string' ? [names] : names);
const validDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

/** Why a CSV cell does not hold a value of its field's type, or undefined when it does. */
function checkCsvCell(field: Field, cell: string, missing: readonly string[]): string | undefined {
  if (missing.includes(cell)) return field.constraints?.required ? 'is leeg maar verplicht' : undefined;
  const ok: Record<string, () => boolean> = {
    string: () => field.format !== 'uri' || /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(cell),
    integer: () => /^-?\d+$/.test(cell),
    number: () => /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(cell),
    boolean: () => [...(field.trueValues ?? ['true']), ...(field.falseValues ?? ['false'])].includes(cell),
    date: () => validDate(cell),
  };
  if (!(ok[field.type] ?? (() => false))()) return `"${cell}" is geen ${field.type}`;
  return checkConstraints(field, cell);
}

function checkConstraints(field: Field, value: string): string | undefined {
  if (field.constraints?.enum && !field.constraints.enum.includes(value)) return `"${value}" staat niet in enum`;
  if (field.constraints?.pattern && !new RegExp(`^(?:${field.constraints.pattern})$`, 'u').test(value))
    return `"${value}" past niet bij ${field.constraints.pattern}`;
  return undefined;
}

/** Why a JSON value does not fit its field, or undefined when it does. */
function checkJsonValue(field: Field, value: unknown): string | undefined {
  if (value === null) return field.constraints?.required ? 'is null maar verplicht' : undefined;
  const ok: Record<string, (v: unknown) => boolean> = {
    string: (v) => typeof v === 'string',
    integer: (v) => Number.isInteger(v),
    number: (v) => typeof v === 'number' && Number.isFinite(v),
    boolean: (v) => typeof v === 'boolean',
    date: (v) => typeof v === 'string' && validDate(v),
    array: (v) => Array.isArray(v) && v.every((item) => typeof item === 'string'),
  };
  if (!(ok[field.type] ?? (() => false))(value)) return `${JSON.stringify(value)} is geen ${field.type}`;
  return typeof value === 'string' ? checkConstraints(field, value) : undefined;
}

/** Rows of a resource as objects of text, for key checks. */
type Rows = Record<string, string>[];

function readResourceRows(resource: Resource, text: string, problems: string[]): Rows {
  const fields = resource.schema?.fields ?? [];
  const names = fields.map((field) => field.name);
  if (resource.format === 'csv') {
    const [header = [], ...rows] = csvParseRows(text);
    if (header.join(',') !== names.join(',')) problems.push(`${resource.path}: kopregel ${header.join(',')} is niet ${names.join(',')}`);
    const missing = resource.schema?.missingValues ?? [''];
    rows.forEach((row, index) => {
      if (row.length !== names.length) problems.push(`${resource.path}, rij ${index + 2}: ${row.length} cellen, ${names.length} velden`);
      fields.forEach((field, column) => {
        const problem = checkCsvCell(field, row[column] ?? '', missing);
        if (problem) problems.push(`${resource.path}, rij ${index + 2}, veld ${field.name}: ${problem}`);
      });
    });
    return rows.map((row) => Object.fromEntries(names.map((name, i) => [name, row[i] ?? ''])));
  }
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data)) {
    problems.push(`${resource.path}: is geen lijst van rijen`);
    return [];
  }
  data.forEach((item: Record<string, unknown>, index) => {
    if (Object.keys(item).join(',') !== names.join(','))
      problems.push(`${resource.path}, rij ${index + 1}: velden ${Object.keys(item).join(',')} zijn niet ${names.join(',')}`);
    for (const field of fields) {
      const problem = checkJsonValue(field, item[field.name]);
      if (problem) problems.push(`${resource.path}, rij ${index + 1}, veld ${field.name}: ${problem}`);
    }
  });
  return data.map((item: Record<string, unknown>) =>
    Object.fromEntries(names.map((name) => [name, item[name] === null ? '' : String(item[name])])),
  );
}

/**
 * Every problem with a data package: the descriptor against the Data Package v1 schema, then
 * each listed file: it exists, its size and hash match, its header and fields match the schema,
 * every value parses as its type, primary keys are unique and foreign keys resolve.
 * `readFile` gives a file's text by its path relative to the descriptor, or undefined.
 */
export function validateDataPackage(descriptor: unknown, readFile: (path: string) => string | undefined): string[] {
  if (!validateDescriptor(descriptor)) {
    return (validateDescriptor.errors ?? []).map((error) => `datapackage.json${error.instancePath}: ${error.message ?? 'ongeldig'}`);
  }
  const problems: string[] = [];
  const resources = (descriptor as { resources: Resource[] }).resources;
  const names = resources.map((resource) => resource.name);
  for (const name of new Set(names.filter((name, index) => names.indexOf(name) !== index)))
    problems.push(`resource ${name} komt meer dan eens voor`);
  const rowsByName = new Map<string, Rows>();
  for (const resource of resources) {
    // A document listed by its full address (the final product's PDF) lives elsewhere on the site; tests/pdf/ checks it.
    if (/^https?:\/\//.test(resource.path)) continue;
    const text = readFile(resource.path);
    if (text === undefined) {
      problems.push(`${resource.path}: het bestand bestaat niet`);
      continue;
    }
    const buffer = Buffer.from(text, 'utf8');
    if (resource.bytes !== undefined && resource.bytes !== buffer.length)
      problems.push(`${resource.path}: ${buffer.length} bytes, datapackage.json zegt ${resource.bytes}`);
    if (resource.hash && resource.hash !== `sha256:${createHash('sha256').update(buffer).digest('hex')}`)
      problems.push(`${resource.path}: hash klopt niet`);
    if (!resource.schema) continue;
    const rows = readResourceRows(resource, text, problems);
    rowsByName.set(resource.name, rows);
    if (resource.schema.primaryKey) {
      const key = asList(resource.schema.primaryKey);
      const seen = new Set<string>();
      for (const row of rows) {
        const value = JSON.stringify(key.map((name) => row[name]));
        if (seen.has(value)) problems.push(`${resource.path}: sleutel ${value} komt meer dan eens voor`);
        seen.add(value);
      }
    }
  }
  for (const resource of resources) {
    for (const foreign of resource.schema?.foreignKeys ?? []) {
      const target = rowsByName.get(foreign.reference.resource);
      if (!target) {
        problems.push(`${resource.path}: verwijst naar onbekende resource ${foreign.reference.resource}`);
        continue;
      }
      const targetFields = asList(foreign.reference.fields);
      const known = new Set(target.map((row) => JSON.stringify(targetFields.map((name) => row[name]))));
      for (const row of rowsByName.get(resource.name) ?? []) {
        const value = JSON.stringify(asList(foreign.fields).map((name) => row[name]));
        if (!known.has(value)) problems.push(`${resource.path}: ${value} bestaat niet in ${foreign.reference.resource}`);
      }
    }
  }
  return problems;
}
