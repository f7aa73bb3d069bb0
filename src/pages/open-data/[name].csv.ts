import type { APIRoute, GetStaticPaths } from 'astro';
import { keyedPaths } from '../../incremental/keyed-paths.ts';
import { getOpenDatasets } from '../../data/open-data.ts';
import { datasetToCsv } from '../../open-data/dataset.ts';

export const getStaticPaths = (async () =>
  keyedPaths(
    'open data csv',
    (await getOpenDatasets()).map((dataset) => ({ params: { name: dataset.name }, props: { dataset } })),
  )) satisfies GetStaticPaths;

/** One open data file as CSV; datapackage.json describes its columns. */
export const GET: APIRoute = ({ props }) =>
  new Response(datasetToCsv(props.dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
