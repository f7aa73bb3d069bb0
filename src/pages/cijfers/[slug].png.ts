import type { APIRoute, GetStaticPaths } from 'astro';
import { pathsFor } from '../../page-paths/page-paths.ts';
import { renderSvgToPng } from '../../raster/svg-to-png.ts';
import { renderVisualSvg } from '../../charts/visual.ts';
import { getVisual } from '../../data/visuals.ts';

export const getStaticPaths = pathsFor('visual png') satisfies GetStaticPaths;

/** The same chart as the SVG download, as a PNG at twice its size for sharp phone screens. */
export const GET: APIRoute = async ({ params }) => {
  const png = renderSvgToPng(renderVisualSvg(await getVisual(String(params.slug)), { theme: 'light' }));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
