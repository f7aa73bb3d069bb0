import type { APIRoute } from 'astro';
import { getDcatCatalogue } from '../../data/open-data.ts';
import { catalogueDocuments } from '../../pdf/pdf-listing.ts';
import { buildContext } from 'virtual:oogst/build-context';
import { catalogueToTurtle } from '../../open-data/turtle.ts';

/** The DCAT-AP-NL catalogue as Turtle, for harvesters that prefer it; the same triples as catalogus.jsonld. */
export const GET: APIRoute = async () => {
  const turtle = await catalogueToTurtle(await getDcatCatalogue(buildContext.buildDate, await catalogueDocuments()));
  return new Response(turtle, { headers: { 'Content-Type': 'text/turtle; charset=utf-8' } });
};
