import type { APIRoute } from 'astro';
import { getHarvest } from '../../data/harvest.ts';
import { getDcatCatalogue } from '../../data/open-data.ts';
import { siteBuildDate } from '../../integrations/build-date.ts';

/** The DCAT-AP-NL 3.0 catalogue of the open data files, for data.overheid.nl to harvest. */
export const GET: APIRoute = async () => {
  const { site } = await getHarvest();
  const catalogue = await getDcatCatalogue(siteBuildDate(site).date);
  return new Response(`${JSON.stringify(catalogue, null, 2)}\n`, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
