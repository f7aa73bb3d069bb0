import type { APIRoute, GetStaticPaths } from 'astro';
import { pathsFor } from '../../page-paths/page-paths.ts';
import { datasetToJson } from '../../open-data/dataset.ts';

export const getStaticPaths = pathsFor('open data json') satisfies GetStaticPaths;

/** One open data file as JSON: an array of objects; datapackage.json describes its fields. */
export const GET: APIRoute = ({ props }) =>
  new Response(datasetToJson(props.dataset), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
