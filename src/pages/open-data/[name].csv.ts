import type { APIRoute, GetStaticPaths } from 'astro';
import { pathsFor } from '../../page-paths/page-paths.ts';
import { datasetToCsv } from '../../open-data/dataset.ts';

export const getStaticPaths = pathsFor('open data csv') satisfies GetStaticPaths;

/** One open data file as CSV; datapackage.json describes its columns. */
export const GET: APIRoute = ({ props }) =>
  new Response(datasetToCsv(props.dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
