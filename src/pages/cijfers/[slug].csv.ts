import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../charts/data-table.ts';
import { getVisual, getVisuals } from '../../data/visuals.ts';

export const getStaticPaths = (async () =>
  (await getVisuals()).map((visual) => ({ params: { slug: visual.slug } }))) satisfies GetStaticPaths;

/** The data behind a visual, as the chart reads it. A byte-order mark lets spreadsheet programs read it as UTF-8. */
export const GET: APIRoute = async ({ params }) =>
  new Response(`\uFEFF${toCsv(await getVisual(String(params.slug)))}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
