import type { APIRoute, GetStaticPaths } from 'astro';
import { pathsFor } from '../../page-paths/page-paths.ts';
import { renderVisualSvg } from '../../charts/visual.ts';
import { getVisual } from '../../data/visuals.ts';

export const getStaticPaths = pathsFor('visual svg') satisfies GetStaticPaths;

/** The chart as a standalone SVG with its title and source, in the light palette. */
export const GET: APIRoute = async ({ params }) =>
  new Response(renderVisualSvg(await getVisual(String(params.slug)), { theme: 'light' }), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
