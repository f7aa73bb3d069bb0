import { t } from '../i18n/t.ts';
import { CARD_KINDS, type CardKind } from '../data/card-kinds.ts';

export { CARD_KINDS, type CardKind };

/** Dutch names of the kinds, for the gallery's headings. */
export const CARD_KIND_NAMES: Record<CardKind, string> = {
  site: t('cards.kind.site'),
  theme: t('cards.kind.theme'),
  insight: t('cards.kind.insight'),
  chapter: t('cards.kind.chapter'),
  visual: t('cards.kind.visual'),
  story: t('cards.kind.story'),
  followup: t('cards.kind.followup'),
  followupStatus: t('cards.kind.followupStatus'),
};

/** One output size of a card. */
export interface CardSize {
  id: 'og' | 'vierkant' | 'staand' | 'story';
  width: number;
  height: number;
  /** What the size is for, in Dutch, for the gallery. */
  label: string;
}

/** Every card is rendered in all of these; the first is the page's og:image. */
export const CARD_SIZES: readonly CardSize[] = [
  { id: 'og', width: 1200, height: 630, label: t('cards.size.og') },
  { id: 'vierkant', width: 1080, height: 1080, label: t('cards.size.vierkant') },
  { id: 'staand', width: 1080, height: 1350, label: t('cards.size.staand') },
  { id: 'story', width: 1080, height: 1920, label: t('cards.size.story') },
];

/** What every card shows besides its content: who it is from and where to go. */
export interface CardBrand {
  siteName: string;
  /** Printed on the card, e.g. "watisjouwidee.nl". */
  shortUrl: string;
  /** Absolute site URL without trailing slash, for links in post texts and og:image. */
  baseUrl: string;
  primary: string;
  accent: string;
  hashtags: string[];
}

/**
 * Everything one card draws, already in display form. The alt text is composed from the same
 * fields, so what the image says and what a screen reader hears cannot drift apart.
 */
/**
 * Something a card could not draw as written, as data: the build turns it into a warning, the
 * check into a problem, and the card cache keeps it with the PNG.
 */
export type CardWarning =
  /** Characters no shipped font has; the card shows a replacement sign. */
  | { kind: 'missing-glyphs'; field: string; characters: string[] }
  /** Text that did not fit and was cut off with "…" on a card of this size: its length and the characters the card shows. */
  | { kind: 'cut'; field: string; width: number; height: number; shown: string; length: number; allowed: number };

/** A card warning in words for the build log, naming the entry's file, the field and the fix. */
export function describeCardWarning(spec: Pick<CardSpec, 'kind' | 'slug' | 'source'>, warning: CardWarning): string {
  const where = `deelkaart ${spec.kind} "${spec.slug}" (${spec.source}), veld ${warning.field}`;
  if (warning.kind === 'missing-glyphs')
    return `${where}: geen lettertype voor ${warning.characters.map((char) => `"${char}"`).join(', ')}; op de kaart staat daar \ufffd`;
  return `${where}: te lang voor de kaart van ${warning.width}×${warning.height} en afgekapt tot "${warning.shown}"; maak de tekst korter`;
}

export interface CardSpec {
  kind: CardKind;
  slug: string;
  /** Where an editor finds the entry, e.g. "content/themes/wonen.md"; named in warnings. */
  source: string;
  /** Content field each drawn text comes from, e.g. { title: 'cardHeadline' }; named in warnings. */
  fields: { title: string; text: string; quote: string };
  /** Path of the page the card is for, e.g. "/themas/wonen/". */
  page: string;
  /** Theme the card belongs to in the gallery, or "" for cards about everything. */
  theme: string;
  /** Colour of the band: the theme's colour or the site's primary colour. */
  colour: string;
  /** Small text in the band: "Thema", "Inzicht 3", "Hoofdstuk 2". */
  label: string;
  title: string;
  /** A sentence under the title (summary or caption), or "". */
  text: string;
  /** A quote set large instead of the title's usual place (stories), or "". */
  quote: string;
  /** Who said the quote or where it is from, or "". */
  attribution: string;
  /** Illustrative material: the card says "voorbeeld". */
  example: boolean;
  /** Visual cards: the chart as a standalone SVG document, or "" while no chart renderer is wired. */
  chartSvg: string;
  alt: string;
  /** Suggested text for a social media post, with link and hashtags. */
  post: string;
}
