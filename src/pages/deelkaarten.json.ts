import type { APIRoute } from 'astro';
import { buildCardManifest } from '../cards/gallery';
import { getCardPlan } from '../cards/site-cards';

/** Every card with its sizes, alt text, suggested post and page: for the social media team's tools. */
export const GET: APIRoute = async () => {
  const manifest = buildCardManifest(await getCardPlan());
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
