import {
  CSV_FALSE,
  CSV_LIST_SEPARATOR,
  CSV_TRUE,
  datasetToCsv,
  datasetToJson,
  fingerprint,
  type Dataset,
  type DatasetField,
} from './dataset.ts';

/** What the package says about who publishes it and under which licence. */
export interface PackageInfo {
  name: string;
  title: string;
  description: string;
  /** Absolute URL of the open data page. */
  homepage: string;
  licence: { name: string; title: string; url: string };
  contributor: { title: string; path: string };
}

/** A document published beside the data (the final product as PDF), listed by its full address. */
export interface PackageDocument {
  name: string;
  title: string;
  description: string;
  /** Full address: the document is not beside datapackage.json, and a package path may not climb out ("../"). */
  url: string;
  mediatype: string;
  format: string;
  bytes: number;
  /** "sha256:…" of the file. */
  hash: string;
}

/** A Table Schema field of a column, for one file format: lists are arrays in JSON and text in CSV. */
function tableField(field: DatasetField, format: 'csv' | 'json'): Record<string, unknown> {
  const asText = field.list && format === 'csv';
  const constraints: Record<string, unknown> = {};
  if (field.required) constraints['required'] = true;
  if (field.enum && !field.list) constraints['enum'] = [...field.enum];
  if (field.pattern && !field.list) constraints['pattern'] = field.pattern;
  return {
    name: field.name,
    type: field.list ? (asText ? 'string' : 'array') : field.type,
    ...(field.format ? { format: field.format } : {}),
    description: asText ? `${field.description} (gescheiden door "${CSV_LIST_SEPARATOR}")` : field.description,
    ...(field.type === 'boolean' && format === 'csv' ? { trueValues: [CSV_TRUE], falseValues: [CSV_FALSE] } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

function tableSchema(dataset: Dataset, format: 'csv' | 'json'): Record<string, unknown> {
  return {
    fields: dataset.fields.map((field) => tableField(field, format)),
    missingValues: [''],
    ...(dataset.primaryKey ? { primaryKey: dataset.primaryKey } : {}),
    ...(dataset.foreignKeys && format === 'csv' ? { foreignKeys: dataset.foreignKeys } : {}),
  };
}

/**
 * datapackage.json (Frictionless Data Package v1): every dataset as a CSV resource (a tabular
 * data resource) and a JSON resource, with fields, types, Dutch descriptions, size and hash.
 * Paths are relative to datapackage.json, which sits beside the files.
 */
export function describeDataPackage(
  info: PackageInfo,
  datasets: readonly Dataset[],
  documents: readonly PackageDocument[] = [],
): Record<string, unknown> {
  const licence = { name: info.licence.name, path: info.licence.url, title: info.licence.title };
  return {
    profile: 'data-package',
    name: info.name,
    title: info.title,
    description: info.description,
    homepage: info.homepage,
    licenses: [licence],
    contributors: [{ title: info.contributor.title, path: info.contributor.path, role: 'publisher' }],
    keywords: ['dialoog', 'participatie', 'opvolging', 'open data'],
    resources: [
      ...datasets.flatMap((dataset): Record<string, unknown>[] => [
        {
          profile: 'tabular-data-resource',
          name: dataset.name,
          path: `${dataset.name}.csv`,
          title: dataset.title,
          description: dataset.description,
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          ...fingerprint(datasetToCsv(dataset)),
          dialect: { delimiter: ',', header: true, doubleQuote: true, lineTerminator: '\n' },
          schema: tableSchema(dataset, 'csv'),
        },
        {
          profile: 'data-resource',
          name: `${dataset.name}-json`,
          path: `${dataset.name}.json`,
          title: `${dataset.title} (JSON)`,
          description: dataset.description,
          format: 'json',
          mediatype: 'application/json',
          encoding: 'utf-8',
          ...fingerprint(datasetToJson(dataset)),
          schema: tableSchema(dataset, 'json'),
        },
      ]),
      ...documents.map(({ url, ...document }) => ({ profile: 'data-resource', ...document, path: url })),
    ],
  };
}
