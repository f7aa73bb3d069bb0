import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JsonLdParser } from 'jsonld-streaming-parser';
import { Parser, Store, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL as SITE } from '../support/site-url.ts';
import { assertBuilt, DIST } from '../support/dist.ts';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** DCAT-AP-NL 3.0's shapes as Geonovum publishes them, with DCAT-AP's on which they build (src/open-data/dcat-ap-nl/README.md). */
const RECOMMENDED = 'dcat-ap-nl-SHACL-aanbevolen.ttl';
const SHAPES = [
  'dcat-ap-SHACL.ttl',
  'dcat-ap-nl-SHACL.ttl',
  'dcat-ap-nl-SHACL-klassebereik.ttl',
  'dcat-ap-nl-SHACL-klassebereik-codelijsten.ttl',
];
const SHAPES_DIR = path.resolve('src/open-data/dcat-ap-nl');

function parseJsonLd(text: string): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    // No document loader: the context is inline, and nothing may be fetched.
    const parser = new JsonLdParser({ strictValues: true });
    parser.on('data', (quad: Quad) => quads.push(quad));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.write(text);
    parser.end();
  });
}

const shapes = (files = SHAPES) =>
  new Store(files.flatMap((file) => new Parser().parse(readFileSync(path.join(SHAPES_DIR, file), 'utf8'))));

async function problemsOf(data: Store, files = SHAPES): Promise<string[]> {
  const report = await new SHACLValidator(shapes(files)).validate(data);
  return report.results.map(
    (result) =>
      `${result.severity?.value.split('#')[1]} ${result.focusNode?.value} ${result.path?.value ?? ''} ${result.sourceConstraintComponent?.value.split('#')[1] ?? ''}: ${result.message.map((m) => m.value).join(' ')}`,
  );
}

const objects = (data: Store, subject: string, predicate: string) => data.getObjects(subject, predicate, null);
const one = (data: Store, subject: string, predicate: string) => objects(data, subject, predicate)[0]?.value;

describe('the DCAT-AP-NL catalogue of the open data', () => {
  let data: Store;
  beforeAll(async () => {
    assertBuilt();
    data = new Store(await parseJsonLd(readFileSync(path.join(DIST, 'open-data/catalogus.jsonld'), 'utf8')));
  });

  it('has no violations of the DCAT-AP-NL 3.0 shapes', async () => {
    expect(await problemsOf(data)).toEqual([]);
  });

  it('misses only a data service among the recommended properties: the files are downloads, there is no API', async () => {
    const problems = await problemsOf(data, [...SHAPES, RECOMMENDED]);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toMatch(/^Warning \S+ http:\/\/www\.w3\.org\/ns\/dcat#accessService MinCount/);
  });

  it('finds violations when a dataset loses its publisher and theme (the check is not empty)', async () => {
    const broken = new Store(data.getQuads(null, null, null, null));
    const dataset = broken.getSubjects(`${RDF}type`, `${DCAT}Dataset`, null)[0]!;
    broken.removeQuads(broken.getQuads(dataset, `${DCT}publisher`, null, null));
    broken.removeQuads(broken.getQuads(dataset, `${DCAT}theme`, null, null));
    const problems = await problemsOf(broken);
    expect(problems.some((problem) => problem.includes(`${DCT}publisher`))).toBe(true);
    expect(problems.some((problem) => problem.includes(`${DCAT}theme`))).toBe(true);
  });

  it('describes every data file of datapackage.json with its URL, media type and byte size', () => {
    const pkg = JSON.parse(readFileSync(path.join(DIST, 'open-data/datapackage.json'), 'utf8')) as {
      resources: { path: string; mediatype: string; bytes: number }[];
    };
    // The data files; the final product's PDF has a distribution of its own (the next test).
    const files = pkg.resources.filter((resource) => ['text/csv', 'application/json'].includes(resource.mediatype));
    const distributions = data.getSubjects(`${RDF}type`, `${DCAT}Distribution`, null);
    expect(distributions).toHaveLength(files.length + 1);
    for (const resource of files) {
      const url = `${SITE}/open-data/${resource.path}`;
      const [distribution] = data.getSubjects(`${DCAT}downloadURL`, url, null);
      expect(distribution, url).toBeDefined();
      expect(one(data, distribution!.value, `${DCAT}byteSize`)).toBe(String(resource.bytes));
      expect(Number(one(data, distribution!.value, `${DCAT}byteSize`))).toBe(
        readFileSync(path.join(DIST, 'open-data', resource.path)).length,
      );
      expect(one(data, distribution!.value, `${DCAT}mediaType`)).toBe(`https://www.iana.org/assignments/media-types/${resource.mediatype}`);
      expect(one(data, distribution!.value, `${DCT}license`)).toMatch(/^https:\/\//);
    }
  });

  it('lists the final product as a PDF dataset with one distribution: address, media type, format, size and PDF/UA-1 as its standard', () => {
    const pdfName = readdirSync(path.join(DIST, 'eindproduct')).find((name) => name.endsWith('.pdf'))!;
    const url = `${SITE}/eindproduct/${pdfName}`;
    const [distribution] = data.getSubjects(`${DCAT}downloadURL`, url, null);
    expect(distribution, url).toBeDefined();
    const at = distribution!.value;
    expect(one(data, at, `${DCAT}mediaType`)).toBe('https://www.iana.org/assignments/media-types/application/pdf');
    expect(one(data, at, `${DCT}format`)).toBe('http://publications.europa.eu/resource/authority/file-type/PDF');
    expect(Number(one(data, at, `${DCAT}byteSize`))).toBe(readFileSync(path.join(DIST, 'eindproduct', pdfName)).length);
    const standard = one(data, at, `${DCT}conformsTo`)!;
    expect(one(data, standard, `${RDF}type`)).toBe(`${DCT}Standard`);
    expect(one(data, standard, `${DCT}title`)).toMatch(/PDF\/UA-1/);
    const [dataset] = data.getSubjects(`${DCAT}distribution`, at, null);
    expect(one(data, dataset!.value, `${RDF}type`)).toBe(`${DCAT}Dataset`);
    expect(one(data, dataset!.value, `${DCAT}landingPage`)).toBe(`${SITE}/eindproduct/`);
    const catalogue = data.getSubjects(`${RDF}type`, `${DCAT}Catalog`, null)[0]!;
    expect(objects(data, catalogue.value, `${DCAT}dataset`).map((term) => term.value)).toContain(dataset!.value);
  });

  it('says plainly in every dataset that holds examples that it does, and in no other', () => {
    const dataPackage = JSON.parse(readFileSync(path.join(DIST, 'open-data/datapackage.json'), 'utf8')) as {
      resources: { name: string; description: string }[];
    };
    for (const dataset of data.getSubjects(`${RDF}type`, `${DCAT}Dataset`, null)) {
      const name = dataset.value.split('#dataset-')[1]!;
      if (name === 'eindproduct-pdf') {
        // The final product holds examples when its text shows the example label anywhere.
        const text = readFileSync(path.join(DIST, 'eindproduct/alles/index.html'), 'utf8');
        const holdsExamples = text.includes('Voorbeeld');
        expect(one(data, dataset.value, `${DCT}description`)!.includes('Let op:'), name).toBe(holdsExamples);
        expect(
          objects(data, dataset.value, `${DCAT}keyword`).some((keyword) => keyword.value === 'voorbeeld'),
          name,
        ).toBe(holdsExamples);
        continue;
      }
      const csv = readFileSync(path.join(DIST, 'open-data', `${name}.csv`), 'utf8');
      const [header, ...rows] = csv.trimEnd().split('\n');
      const column = header!.split(',').indexOf('voorbeeld');
      // datapackage.json says it of a chart whose numbers are an example (or made of example rows).
      const chartExample = dataPackage.resources
        .find((resource) => resource.name === name)!
        .description.includes('voorbeeld ter illustratie');
      const holdsExamples =
        chartExample || (column >= 0 && rows.some((row) => row.split(',').at(column - header!.split(',').length) === 'ja'));
      const description = one(data, dataset.value, `${DCT}description`)!;
      const keywords = objects(data, dataset.value, `${DCAT}keyword`).map((keyword: { value: string }) => keyword.value);
      expect(description.includes('Let op:') && description.includes('voorbeeld'), name).toBe(holdsExamples);
      expect(keywords.includes('voorbeeld'), name).toBe(holdsExamples);
    }
  });

  it('gives the period the rows cover in the precision of their dates', () => {
    const period = (name: string) => {
      const node = objects(data, `${SITE}/open-data/catalogus.jsonld#dataset-${name}`, `${DCT}temporal`)[0]!;
      return [data.getObjects(node, `${DCAT}startDate`, null)[0]!, data.getObjects(node, `${DCAT}endDate`, null)[0]!];
    };
    for (const date of period('dialoogtafels')) {
      expect(date.termType === 'Literal' && date.datatype.value).toBe(`${XSD}date`);
    }
    for (const date of [...period('opvolging'), ...period('opvolging-stappen')]) {
      const literal = date as { value: string; datatype: { value: string } };
      expect(literal.datatype.value).toBe(literal.value.length === 7 ? `${XSD}gYearMonth` : `${XSD}date`);
    }
    expect(objects(data, `${SITE}/open-data/catalogus.jsonld#dataset-themas`, `${DCT}temporal`)).toEqual([]);
  });

  it('is the same graph in Turtle', () => {
    const turtle = new Parser().parse(readFileSync(path.join(DIST, 'open-data/catalogus.ttl'), 'utf8'));
    expect(turtle.length).toBe(data.size);
    const named = (quads: Quad[]) =>
      quads
        .filter((quad) => quad.subject.termType === 'NamedNode' && quad.object.termType !== 'BlankNode')
        .map((quad) => `${quad.subject.value} ${quad.predicate.value} ${quad.object.value}`)
        .sort();
    expect(named(turtle)).toEqual(named(data.getQuads(null, null, null, null)));
  });

  it('stays out of the sitemap (search indexes only HTML pages)', () => {
    const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain('catalogus');
  });
});
