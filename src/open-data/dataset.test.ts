import { describe, expect, it } from 'vitest';
import { describeDataPackage } from './data-package.ts';
import { datasetToCsv, datasetToJson, fingerprint, type Dataset } from './dataset.ts';

const dataset: Dataset = {
  name: 'opvolging',
  title: 'Opvolging',
  description: 'Eén rij per opvolging.',
  primaryKey: ['id'],
  fields: [
    { name: 'id', type: 'string', required: true, description: 'Id' },
    { name: 'themas', type: 'string', list: true, description: "Thema's" },
    { name: 'klaar', type: 'string', pattern: '^\\d{4}-\\d{2}(-\\d{2})?$', description: 'Datum' },
    { name: 'voorbeeld', type: 'boolean', required: true, description: 'Voorbeeld' },
  ],
  rows: [
    { id: 'a', themas: ['wonen', 'werken'], klaar: '2021-07', voorbeeld: false },
    { id: 'b, met komma', themas: [], klaar: null, voorbeeld: true },
  ],
};

describe('open data files', () => {
  it('writes CSV with lists joined by semicolons, booleans as ja/nee, quotes where needed and empty cells for no value', () => {
    expect(datasetToCsv(dataset)).toBe('id,themas,klaar,voorbeeld\na,"wonen;werken",2021-07,nee\n"b, met komma",,,ja\n');
  });

  it('neutralises text and list cells that a spreadsheet would run as a formula; JSON keeps the text', () => {
    const risky: Dataset = {
      ...dataset,
      fields: [...dataset.fields, { name: 'aantal', type: 'number', description: 'Aantal' }],
      rows: [
        { id: '=1+1', themas: ['-2+3', 'wonen'], klaar: null, voorbeeld: false, aantal: -4 },
        { id: '\t@cmd', themas: [], klaar: null, voorbeeld: true, aantal: 2 },
      ],
    };
    expect(datasetToCsv(risky)).toBe("id,themas,klaar,voorbeeld,aantal\n'=1+1,\"'-2+3;wonen\",,nee,-4\n'\t@cmd,,,ja,2\n");
    expect(JSON.parse(datasetToJson(risky))[0]).toMatchObject({ id: '=1+1', themas: ['-2+3', 'wonen'], aantal: -4 });
  });

  it('quotes every cell with a semicolon, so Dutch Excel (";" as separator) splits no formula off a cell', () => {
    const split: Dataset = {
      ...dataset,
      rows: [{ id: "Goed idee;=cmd|' /C calc'!A0", themas: ['wonen', '-2+3'], klaar: null, voorbeeld: false }],
    };
    const csv = datasetToCsv(split);
    expect(csv).toBe('id,themas,klaar,voorbeeld\n"Goed idee;\'=cmd|\' /C calc\'!A0","wonen;\'-2+3",,nee\n');
    // Read as Dutch Excel does, every ";" a new cell whatever the quotes around it: no cell starts as a formula.
    const cells = csv.split('\n')[1]!.split(';');
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell.trimStart()))).toEqual([]);
  });

  it('writes JSON with lists as arrays, real booleans and null for no value', () => {
    expect(JSON.parse(datasetToJson(dataset))).toEqual([
      { id: 'a', themas: ['wonen', 'werken'], klaar: '2021-07', voorbeeld: false },
      { id: 'b, met komma', themas: [], klaar: null, voorbeeld: true },
    ]);
  });

  it('describes each dataset as a CSV and a JSON resource, with the size and hash of the file and types per format', () => {
    const info = {
      name: 'proef',
      title: 'Proef',
      description: 'Een proef.',
      homepage: 'https://example.nl/open-data/',
      licence: { name: 'CC0-1.0', title: 'CC0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
      contributor: { title: 'Gemeente', path: 'https://example.nl' },
    };
    const descriptor = describeDataPackage(info, [dataset]) as {
      resources: Array<Record<string, unknown> & { schema: { fields: Array<Record<string, unknown>> } }>;
    };
    const [csv, json] = descriptor.resources;
    expect(csv).toMatchObject({
      name: 'opvolging',
      path: 'opvolging.csv',
      profile: 'tabular-data-resource',
      ...fingerprint(datasetToCsv(dataset)),
    });
    expect(json).toMatchObject({ name: 'opvolging-json', path: 'opvolging.json', format: 'json', ...fingerprint(datasetToJson(dataset)) });
    expect(csv?.schema.fields[1]).toMatchObject({ type: 'string', description: 'Thema\'s (gescheiden door ";")' });
    expect(json?.schema.fields[1]).toMatchObject({ type: 'array' });
    expect(csv?.schema.fields[3]).toMatchObject({ type: 'boolean', trueValues: ['ja'], falseValues: ['nee'] });
    expect(json?.schema.fields[3]).not.toHaveProperty('trueValues');
  });
});
