import type { APIRoute, GetStaticPaths } from 'astro';
import { pathsFor } from '../../../page-paths/page-paths.ts';
import { oembedDocument } from '../../../embed/embed-code.ts';
import { embedTargetOf, FRAME_LABEL } from '../../../embed/embed-target.ts';
import { getHarvest } from '../../../data/harvest.ts';
import { getVisual } from '../../../data/visuals.ts';

export const getStaticPaths = pathsFor('embed oembed') satisfies GetStaticPaths;

/** The chart's oEmbed document (type "rich"), which its page names in a discovery link. */
export const GET: APIRoute = async ({ params }) => {
  const { site } = await getHarvest();
  const target = embedTargetOf(await getVisual(String(params.slug)), site.baseUrl);
  const document = oembedDocument(target, { name: site.name, url: site.baseUrl }, FRAME_LABEL);
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
