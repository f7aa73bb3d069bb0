import { t } from '../i18n/t.ts';
import { absoluteUrl, ROUTES } from '../data/routes.ts';
import { cardPath, cardSizes, ogOnlyKinds, type CardPlan } from './card-plan.ts';
import { CARD_KIND_NAMES, CARD_KINDS, CARD_SIZES, type CardKind, type CardSpec } from './card-types.ts';
import { CARD_KIND_FOLDERS } from './card-folders.ts';

/** Where the zip of all cards is published, when /deelkaarten/ shows them all. */
export const CARD_ZIP_PATH = ROUTES.cardZip('alle-deelkaarten');

/** Where the zip of the cards shown on /deelkaarten/ is published when some kinds have their own pages. */
export const CARD_OVERVIEW_ZIP_PATH = ROUTES.cardZip('overzicht-deelkaarten');

/** One card as the gallery and the manifest list it. */
export interface GalleryCard {
  kind: CardKind;
  slug: string;
  title: string;
  label: string;
  theme: string;
  example: boolean;
  /** Absolute URL of the page the card is for. */
  page: string;
  alt: string;
  post: string;
  sizes: Array<{ id: string; label: string; width: number; height: number; url: string }>;
}

/** deelkaarten.json: every card with sizes, alt text and page, and the stored zips that hold them (when site.yaml keeps them). */
export interface CardManifest {
  site: string;
  /** The zip linked from /deelkaarten/; only when the build stores zips (cards.storedZips). */
  zip?: string;
  zips?: Array<{ url: string; cards: number }>;
  cards: GalleryCard[];
}

function toGalleryCard(plan: CardPlan, card: CardSpec): GalleryCard {
  return {
    kind: card.kind,
    slug: card.slug,
    title: card.kind === 'story' ? card.quote : card.title,
    label: card.label,
    theme: card.theme,
    example: card.example,
    page: absoluteUrl(plan.brand.baseUrl, card.page),
    alt: card.alt,
    post: card.post,
    sizes: cardSizes(plan, card).map((size) => ({
      id: size.id,
      label: size.label,
      width: size.width,
      height: size.height,
      url: cardPath(card.kind, card.slug, size),
    })),
  };
}

/** The manifest of all cards, in plan order. URLs of images are site-relative; pages are absolute. */
export function buildCardManifest(plan: CardPlan): CardManifest {
  const zips = plan.settings.storedZips ? planCardZips(plan) : [];
  return {
    site: plan.brand.siteName,
    ...(zips.length > 0 ? { zip: zips[0]!.url, zips: zips.map((zip) => ({ url: zip.url, cards: zip.cards.length })) } : {}),
    cards: plan.cards.map((card) => toGalleryCard(plan, card)),
  };
}

/** One size and the kinds of card that come in it, for the gallery's list of sizes. */
export interface SizeOffer {
  label: string;
  width: number;
  height: number;
  /** Who has the size, in words: "alle kaarten" or "alle kaarten behalve die van verhalen". */
  cards: string;
}

/**
 * Which sizes exist for which cards, in words for /deelkaarten/: every size, and for each the
 * kinds that have it (stories have the og:image size only unless site.yaml asks for all).
 */
export function describeCardSizes(plan: CardPlan): SizeOffer[] {
  const without = ogOnlyKindNames(plan);
  return CARD_SIZES.map((size, index) => ({
    label: size.label,
    width: size.width,
    height: size.height,
    cards: index === 0 || without === '' ? t('cards.sizeForAll') : t('cards.sizeForAllBut', { kinds: without }),
  }));
}

/** The kinds of card shown on a page that come in the og:image size only, in words ("verhalen"), or "" when none. */
export function ogOnlyKindNames(plan: CardPlan): string {
  const present = new Set(plan.cards.map((card) => card.kind));
  return ogOnlyKinds(plan.settings)
    .filter((kind) => present.has(kind))
    .map((kind) => CARD_KIND_NAMES[kind].toLowerCase())
    .join(', ');
}

/** How many image files the cards of a zip make (each card in its own sizes). */
export function zipFileCount(plan: CardPlan, zip: CardZip): number {
  return zip.cards.reduce((sum, card) => sum + cardSizes(plan, card).length, 0);
}

/** The image files a zip holds: where each is on the site, and its name inside the zip (its path below /deelkaarten/). */
export function zipFileList(plan: CardPlan, zip: CardZip): Array<{ url: string; name: string }> {
  return zip.cards
    .flatMap((card) => cardSizes(plan, card).map((size) => cardPath(card.kind, card.slug, size)))
    .map((url) => ({ url, name: zipEntryName(url) }));
}

/** The name of a card inside a zip: its path below /deelkaarten/. */
export function zipEntryName(url: string): string {
  return url.replace(/^\/deelkaarten\//, '');
}

/** A heading of the gallery: one kind of card, split by theme. */
export interface GallerySection {
  kind: CardKind;
  name: string;
  groups: Array<{ theme: string; themeTitle: string; cards: GalleryCard[] }>;
}

/**
 * Groups the cards by kind, then by theme (in the themes' own order; cards about no theme
 * last), leaving out empty kinds.
 */
export function groupCards(plan: CardPlan, themes: Array<{ slug: string; title: string }>): GallerySection[] {
  const order = new Map(themes.map((theme, index) => [theme.slug, index]));
  const titleOf = new Map(themes.map((theme) => [theme.slug, theme.title]));
  return CARD_KINDS.flatMap((kind) => {
    const cards = plan.cards.filter((card) => card.kind === kind).map((card) => toGalleryCard(plan, card));
    if (cards.length === 0) return [];
    const slugs = [...new Set(cards.map((card) => card.theme))].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
    return [
      {
        kind,
        name: CARD_KIND_NAMES[kind],
        groups: slugs.map((slug) => ({
          theme: slug,
          themeTitle: titleOf.get(slug) ?? t('cards.generalGroup'),
          cards: cards.filter((card) => card.theme === slug),
        })),
      },
    ];
  });
}

/**
 * Most cards a kind may have and still be shown in full on /deelkaarten/; a kind with more
 * (stories, in a large harvest) gets its own pages, so the gallery stays a page a browser and a
 * phone can open.
 */
export const GALLERY_INLINE_LIMIT = 60;

/** Cards per page of a kind with its own pages. */
export const GALLERY_PAGE_SIZE = 48;

/** A kind of card with too many cards for the gallery page: a link to its own pages instead. */
export interface PagedSection {
  kind: CardKind;
  name: string;
  count: number;
  /** First page of the kind's own gallery, e.g. "/deelkaarten/verhalen/". */
  url: string;
}

/** Whether a kind has more cards than /deelkaarten/ shows in full, and so its own pages. */
function hasOwnPages(cardCount: number, limit = GALLERY_INLINE_LIMIT): boolean {
  return cardCount > limit;
}

/** Splits the gallery into sections shown in full and sections that get their own pages. */
export function splitGallery(
  sections: readonly GallerySection[],
  limit = GALLERY_INLINE_LIMIT,
): { inline: GallerySection[]; paged: PagedSection[] } {
  const count = (section: GallerySection) => section.groups.reduce((sum, group) => sum + group.cards.length, 0);
  return {
    inline: sections.filter((section) => !hasOwnPages(count(section), limit)),
    paged: sections
      .filter((section) => hasOwnPages(count(section), limit))
      .map((section) => ({ kind: section.kind, name: section.name, count: count(section), url: galleryPagePath(section.kind) })),
  };
}

/** Path of a kind's own gallery pages: "/deelkaarten/verhalen/", page 2 "/deelkaarten/verhalen/2/". */
export function galleryPagePath(kind: CardKind, page = 1): string {
  return ROUTES.cardGallery(CARD_KIND_FOLDERS[kind], page);
}

/** The cards of one kind in plan order, for its own gallery pages. */
export function cardsOfKind(plan: CardPlan, kind: CardKind): GalleryCard[] {
  return plan.cards.filter((card) => card.kind === kind).map((card) => toGalleryCard(plan, card));
}

/** Path of the zip with the cards of one gallery page of a kind: "/deelkaarten/verhalen-pagina-2.zip". */
export function galleryPageZipPath(kind: CardKind, page: number): string {
  return ROUTES.cardZip(`${CARD_KIND_FOLDERS[kind]}-pagina-${page}`);
}

/** A zip of card images and the cards it holds (each in every size). */
export interface CardZip {
  url: string;
  cards: CardSpec[];
}

/**
 * The zips a build publishes, each matching a gallery page, so every download link holds the
 * cards shown next to it. While /deelkaarten/ shows every card, that is one zip of all cards.
 * A kind with its own pages (stories of a large harvest) gets a zip per page instead: one zip of
 * 5,000 stories in four sizes would weigh over a gigabyte, and would be rewritten whenever one
 * story changed. The zip of /deelkaarten/ comes first.
 */
export function planCardZips(plan: CardPlan): CardZip[] {
  const byKind = CARD_KINDS.map((kind) => ({ kind, cards: plan.cards.filter((card) => card.kind === kind) }));
  const paged = byKind.filter(({ cards }) => hasOwnPages(cards.length));
  const overview = byKind.filter(({ cards }) => !hasOwnPages(cards.length)).flatMap(({ cards }) => cards);
  return [
    { url: paged.length > 0 ? CARD_OVERVIEW_ZIP_PATH : CARD_ZIP_PATH, cards: overview },
    ...paged.flatMap(({ kind, cards }) =>
      Array.from({ length: Math.ceil(cards.length / GALLERY_PAGE_SIZE) }, (_, index) => ({
        url: galleryPageZipPath(kind, index + 1),
        cards: cards.slice(index * GALLERY_PAGE_SIZE, (index + 1) * GALLERY_PAGE_SIZE),
      })),
    ),
  ];
}
