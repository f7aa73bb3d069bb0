import type { APIRoute } from 'astro';
import { buildCardManifest, type CardManifest } from '../cards/gallery.ts';
import { getCardPlan } from '../cards/site-cards.ts';
import { withBase } from '../data/urls.ts';

/** The manifest with links a tool can follow: images and zips with the site's base path in front (pages are absolute already). */
function linked(manifest: CardManifest): CardManifest {
  return {
    ...manifest,
    ...(manifest.zip ? { zip: withBase(manifest.zip) } : {}),
    ...(manifest.zips ? { zips: manifest.zips.map((zip) => ({ ...zip, url: withBase(zip.url) })) } : {}),
    cards: manifest.cards.map((card) => ({ ...card, sizes: card.sizes.map((size) => ({ ...size, url: withBase(size.url) })) })),
  };
}

/** Every card with its sizes, alt text, suggested post and page: for the social media team's tools. */
export const GET: APIRoute = async () => {
  const manifest = linked(buildCardManifest(await getCardPlan()));
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
