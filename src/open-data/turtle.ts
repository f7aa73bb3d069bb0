import { JsonLdParser } from 'jsonld-streaming-parser';
import { Writer, type Quad } from 'n3';
import { DCAT_CONTEXT } from './dcat-terms.ts';

/** The triples of a JSON-LD document whose context is inline; nothing is fetched. */
export function jsonLdToQuads(document: unknown): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new JsonLdParser({ strictValues: true });
    parser.on('data', (quad: Quad) => quads.push(quad));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.write(JSON.stringify(document));
    parser.end();
  });
}

/** The catalogue as Turtle: the same triples as the JSON-LD, in its order, with the same prefixes. */
export async function catalogueToTurtle(document: unknown): Promise<string> {
  const quads = await jsonLdToQuads(document);
  const writer = new Writer({ prefixes: { ...DCAT_CONTEXT } });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((error: Error | null, result: string) => (error ? reject(error) : resolve(result))));
}
