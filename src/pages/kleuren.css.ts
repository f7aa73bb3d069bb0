import type { APIRoute } from 'astro';
import { getHarvest } from '../data/harvest.ts';
import { renderColourCss } from '../styles/colour-css.ts';

/** The palette from site.yaml and a class per theme colour (see src/styles/colour-css.ts). */
export const GET: APIRoute = async () => {
  const { site, themes } = await getHarvest();
  const css = renderColourCss({ palette: site.palette, themes: themes.map((theme) => ({ id: theme.id, colour: theme.data.colour })) });
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
