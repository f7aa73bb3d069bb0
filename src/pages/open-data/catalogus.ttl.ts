import type { APIRoute } from 'astro';
import { getHarvest } from '../../data/harvest.ts';
import { getDcatCatalogue } from '../../data/open-data.ts';
import { siteBuildDate } from '../../integrations/build-date.ts';
import { catalogueToTurtle } from '../../open-data/turtle.ts';

/** The DCAT-AP-NL catalogue as Turtle, for harvesters that prefer it; the same triples as catalogus.jsonld. */
export const GET: APIRoute = async () => {
  const { site } = await getHarvest();
  const turtle = await catalogueToTurtle(await getDcatCatalogue(siteBuildDate(site).date));
  return new Response(turtle, { headers: { 'Content-Type': 'text/turtle; charset=utf-8' } });
};
