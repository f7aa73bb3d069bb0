import type { APIRoute, GetStaticPaths } from 'astro';
import { pathsFor } from '../../page-paths/page-paths.ts';
import { getHarvest } from '../../data/harvest.ts';
import { visualDataset } from '../../data/visual-dataset.ts';
import { getVisual } from '../../data/visuals.ts';
import { datasetToCsv } from '../../open-data/dataset.ts';

export const getStaticPaths = pathsFor('visual csv') satisfies GetStaticPaths;

/**
 * The data behind a visual: the same writer as its file on /open-data/, so both carry the
 * same columns and the same example label. A byte-order mark lets spreadsheet programs read it as UTF-8.
 */
export const GET: APIRoute = async ({ params }) => {
  const [visual, { site }] = await Promise.all([getVisual(String(params.slug)), getHarvest()]);
  return new Response(`\uFEFF${datasetToCsv(visualDataset(visual, site.baseUrl))}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
