import type { APIRoute } from 'astro';
import { getDcatCatalogue } from '../../data/open-data.ts';
import { catalogueDocuments } from '../../pdf/pdf-listing.ts';
import { buildContext } from 'virtual:oogst/build-context';

/** The DCAT-AP-NL 3.0 catalogue of the open data files and the final product's PDF, for data.overheid.nl to harvest. */
export const GET: APIRoute = async () => {
  const catalogue = await getDcatCatalogue(buildContext.buildDate, await catalogueDocuments());
  return new Response(`${JSON.stringify(catalogue, null, 2)}\n`, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
