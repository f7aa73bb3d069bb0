import type { APIRoute, GetStaticPaths } from 'astro';
import { keyedPaths } from '../../incremental/keyed-paths.ts';
import { getOpenDatasets } from '../../data/open-data.ts';
import { datasetToJson } from '../../open-data/dataset.ts';

export const getStaticPaths = (async () =>
  keyedPaths(
    'open data json',
    (await getOpenDatasets()).map((dataset) => ({ params: { name: dataset.name }, props: { dataset } })),
  )) satisfies GetStaticPaths;

/** One open data file as JSON: an array of objects; datapackage.json describes its fields. */
export const GET: APIRoute = ({ props }) =>
  new Response(datasetToJson(props.dataset), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
