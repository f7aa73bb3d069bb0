import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, DIST } from '../support/dist.ts';
import { validateDataPackage } from './validate-package.ts';

const OPEN_DATA = path.join(DIST, 'open-data');
const readOpenData = (file: string) =>
  existsSync(path.join(OPEN_DATA, file)) ? readFileSync(path.join(OPEN_DATA, file), 'utf8') : undefined;
const descriptor = () => {
  assertBuilt();
  return JSON.parse(readFileSync(path.join(OPEN_DATA, 'datapackage.json'), 'utf8')) as {
    resources: { name: string; path: string; schema?: { fields: { name: string; description?: string }[] } }[];
    licenses: { path: string }[];
  };
};

describe('the open data package of the built site', () => {
  it('is a valid Data Package whose files all exist and match their schema, size and hash', () => {
    expect(validateDataPackage(descriptor(), readOpenData)).toEqual([]);
  });

  it('lists the dialogue tables, ideas, follow-ups and the numbers of every chart, each as CSV and JSON', () => {
    const paths = descriptor().resources.map((resource) => resource.path);
    for (const name of ['dialoogtafels', 'ideeen', 'opvolging', 'opvolging-stappen', 'grafiek-opvolging-per-status']) {
      expect(paths).toContain(`${name}.csv`);
      expect(paths).toContain(`${name}.json`);
    }
    const charts = readFileSync(path.join(DIST, 'cijfers', 'index.html'), 'utf8').match(/id="grafiek-[a-z0-9-]+"/g) ?? [];
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) expect(paths).toContain(`${chart.slice(4, -1)}.csv`);
  });

  it('describes every field in Dutch and names the licence from site.yaml', () => {
    const data = descriptor();
    for (const resource of data.resources)
      for (const field of resource.schema?.fields ?? []) expect(field.description, `${resource.name}.${field.name}`).toMatch(/\p{L}{3}/u);
    expect(data.licenses[0]?.path).toBe('https://creativecommons.org/publicdomain/zero/1.0/deed.nl');
  });
});

describe('validateDataPackage', () => {
  const table = {
    profile: 'tabular-data-resource',
    name: 'tafels',
    path: 'tafels.csv',
    format: 'csv',
    schema: {
      fields: [
        { name: 'id', type: 'string' },
        { name: 'aantal', type: 'integer' },
      ],
      primaryKey: ['id'],
    },
  };
  const files: Record<string, string> = { 'tafels.csv': 'id,aantal\nT01,5\nT02,7\n' };
  const read = (file: string) => files[file];

  it('accepts a small correct package', () => {
    expect(validateDataPackage({ name: 'proef', resources: [table] }, read)).toEqual([]);
  });

  it('rejects a descriptor that breaks the Data Package schema', () => {
    expect(validateDataPackage({ name: 'Hoofdletters Mogen Niet', resources: [table] }, read).join('\n')).toMatch(/\/name/);
    expect(validateDataPackage({ resources: [] }, read).join('\n')).toMatch(/\/resources/);
    expect(validateDataPackage({ resources: [{ ...table, schema: undefined }] }, read).join('\n')).toMatch(/schema/);
    expect(validateDataPackage({ resources: [{ ...table, path: '../geheim.csv' }] }, read).join('\n')).toMatch(/\/path/);
  });

  it('reports a missing file, a wrong header, a value of the wrong type and a duplicate key', () => {
    expect(validateDataPackage({ resources: [{ ...table, path: 'weg.csv' }] }, read)).toEqual(['weg.csv: het bestand bestaat niet']);
    files['fout.csv'] = 'id,totaal\nT01,vijf\nT01,3\n';
    const problems = validateDataPackage({ resources: [{ ...table, path: 'fout.csv' }] }, read).join('\n');
    expect(problems).toMatch(/kopregel id,totaal/);
    expect(problems).toMatch(/"vijf" is geen integer/);
    expect(problems).toMatch(/\["T01"\] komt meer dan eens voor/);
  });

  it('reports a size or hash that does not match the file', () => {
    expect(validateDataPackage({ resources: [{ ...table, bytes: 3, hash: 'sha256:00' }] }, read)).toEqual([
      'tafels.csv: 22 bytes, datapackage.json zegt 3',
      'tafels.csv: hash klopt niet',
    ]);
  });
});
