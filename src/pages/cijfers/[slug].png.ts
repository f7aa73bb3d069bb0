import type { APIRoute, GetStaticPaths } from 'astro';
import { renderSvgToPng } from '../../raster/svg-to-png.ts';
import { renderVisualSvg } from '../../charts/visual.ts';
import { getVisual, getVisuals } from '../../data/visuals.ts';

export const getStaticPaths = (async () =>
  (await getVisuals()).map((visual) => ({ params: { slug: visual.slug } }))) satisfies GetStaticPaths;

/** The same chart as the SVG download, as a PNG at twice its size for sharp phone screens. */
export const GET: APIRoute = async ({ params }) => {
  const png = renderSvgToPng(renderVisualSvg(await getVisual(String(params.slug)), { theme: 'light' }));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
