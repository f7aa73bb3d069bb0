import { t } from '../i18n/t.ts';
import { labelExample } from '../data/example-rule.ts';
import { absoluteUrl, ROUTES } from '../data/routes.ts';
import { CARD_SIZES, type CardBrand, type CardKind, type CardSize, type CardSpec } from './card-types.ts';
import { CARD_KIND_FOLDERS } from './card-folders.ts';
import { cardPageOf } from '../data/page-kinds.ts';

/** The content the cards are made from, as plain data (pages read it through src/data). */
export interface CardSources {
  site: {
    name: string;
    tagline: string;
    /** The field of site.yaml the drawn tagline comes from, named in warnings (the closed site's headline is another). */
    taglineField?: string | undefined;
    description: string;
    baseUrl: string;
    shortUrl?: string | undefined;
    organisation: { name: string };
    palette: { primary: string; accent: string };
    hashtags: string[];
    /** The share-card settings of site.yaml; missing means the defaults (one size for stories, zips made in the browser). */
    cards?: Partial<CardSettings> | undefined;
  };
  themes: Array<{ slug: string; source: string; title: string; shortTitle: string; summary: string; colour: string; cardHeadline: string }>;
  insights: Array<{ slug: string; source: string; number: number; title: string; summary: string; themes: string[] }>;
  chapters: Array<{ slug: string; source: string; order: number; title: string; summary: string; themes: string[] }>;
  visuals: Array<{
    slug: string;
    source: string;
    title: string;
    caption: string;
    alt: string;
    themes: string[];
    example: boolean;
    chartSvg: string;
  }>;
  stories: Array<{ slug: string; source: string; title: string; pullQuote: string; themes: string[]; example: boolean }>;
  /** Follow-ups, with the label of their status. Optional, so sites and tests without follow-ups need not say so. */
  followups?: Array<{
    slug: string;
    source: string;
    title: string;
    summary: string;
    statusLabel: string;
    themes: string[];
    example: boolean;
  }>;
  /** One card per status overview and one ("alle") for the overview of all follow-ups; none when there are no follow-ups. */
  followupStatuses?: Array<{ slug: string; label: string; description: string; example: boolean }>;
}

/** Slug of the card of the overview of all follow-ups, beside one card per status. */
export const ALL_FOLLOW_UPS_CARD = 'alle';

/** What site.yaml says about share cards (see `cards` in src/schemas/site.ts). */
export interface CardSettings {
  /** Stories get every size, not only the og:image one. */
  allStorySizes: boolean;
  /** Every gallery page's zip is built and published beside the PNGs, instead of made in the browser. */
  storedZips: boolean;
}

/** The settings when site.yaml says nothing. */
export const DEFAULT_CARD_SETTINGS: CardSettings = { allStorySizes: false, storedZips: false };

/** Every card of the site, the brand they share and the settings they were planned with. */
export interface CardPlan {
  brand: CardBrand;
  cards: CardSpec[];
  settings: CardSettings;
}

/** The og:image size only: what stories get unless site.yaml asks for all sizes. */
const OG_ONLY: readonly CardSize[] = [CARD_SIZES[0]!];

/**
 * The sizes a card is published in: stories in the og:image size only (thousands of stories
 * in four sizes would outgrow a static host), unless site.yaml's `cards.allStorySizes` is on;
 * every other kind in every size. The first size is always the og:image.
 */
export function cardSizes(plan: Pick<CardPlan, 'settings'>, card: Pick<CardSpec, 'kind'>): readonly CardSize[] {
  return ogOnlyKinds(plan.settings).includes(card.kind) ? OG_ONLY : CARD_SIZES;
}

/** The kinds whose cards come in the og:image size only under these settings: the one place that rule lives. */
export function ogOnlyKinds(settings: CardSettings): CardKind[] {
  return settings.allStorySizes ? [] : ['story'];
}

/** Path of a card image, e.g. "/deelkaarten/themas/wonen-1200x630.png". Stable, so links in posts keep working. */
export function cardPath(kind: CardKind, slug: string, size: CardSize): string {
  return ROUTES.cardImage(CARD_KIND_FOLDERS[kind], `${slug}-${size.width}x${size.height}`);
}

/** Path of the page a card is for, e.g. pageOfCard('theme', 'wonen') → "/themas/wonen/" (from the page registry). */
export function pageOfCard(kind: CardKind, slug: string): string {
  // The status card of all follow-ups belongs to their overview, not to a status's page.
  return kind === 'followupStatus' && slug === ALL_FOLLOW_UPS_CARD ? ROUTES.followUps : cardPageOf(kind, slug);
}

/** A hashtag from a theme's short title: "Zorg en gezondheid" → "ZorgEnGezondheid". */
export function toHashtag(words: string): string {
  return words
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** Turns the site's content into the list of cards: one per theme, insight, chapter, visual and story, and one for the site. */
export function planCards(sources: CardSources): CardPlan {
  const { site } = sources;
  const brand: CardBrand = {
    siteName: site.name,
    shortUrl: site.shortUrl ?? new URL(site.baseUrl).host.replace(/^www\./, ''),
    baseUrl: site.baseUrl,
    primary: site.palette.primary,
    accent: site.palette.accent,
    hashtags: site.hashtags,
  };
  const themes = new Map(sources.themes.map((theme) => [theme.slug, theme]));
  const colourOf = (slugs: string[]) => themes.get(slugs[0] ?? '')?.colour ?? site.palette.primary;
  const tagsOf = (slugs: string[]) => [
    ...site.hashtags,
    ...slugs.flatMap((slug) => (themes.has(slug) ? [toHashtag(themes.get(slug)!.shortTitle)] : [])),
  ];
  // An example's post says so first: the suggested text travels without the card.
  const post = (sentence: string, page: string, tags: string[], example = false) =>
    `${labelExample(sentence, example)} ${absoluteUrl(brand.baseUrl, page)}${tags.length ? `\n\n${[...new Set(tags)].map((tag) => `#${tag}`).join(' ')}` : ''}`;
  // "Titel?: tekst" reads as a typo; a title that ends its own sentence is followed by a space only.
  const joinTitle = (title: string, text: string) => (/[?!.]$/.test(title) ? `${title} ${text}` : `${title}: ${text}`);
  // A title that ends in a question mark already ends its sentence: "Wie schoven aan?." reads as a typo.
  const alt = (parts: string[]) =>
    t('cards.alt', {
      site: site.name,
      text: parts
        .filter(Boolean)
        .join(' ')
        .replace(/([?!])\./g, '$1'),
    });
  const none = { quote: '', attribution: '', chartSvg: '', example: false };

  const cards: CardSpec[] = [
    {
      ...none,
      kind: 'site',
      slug: 'home',
      source: 'site.yaml',
      fields: { title: site.taglineField ?? 'tagline', text: 'description', quote: '' },
      page: '/',
      theme: '',
      colour: site.palette.primary,
      label: site.name,
      title: site.tagline,
      text: site.description,
      alt: alt([t('cards.altSite', { name: site.name, tagline: site.tagline }), site.description]),
      post: post(`${site.tagline} ${site.description}`, '/', site.hashtags),
    },
    ...sources.themes.map((theme): CardSpec => ({
      ...none,
      kind: 'theme',
      slug: theme.slug,
      source: theme.source,
      fields: { title: 'cardHeadline', text: 'summary', quote: '' },
      page: pageOfCard('theme', theme.slug),
      theme: theme.slug,
      colour: theme.colour,
      label: t('cards.label.theme', { title: theme.shortTitle }),
      title: theme.cardHeadline,
      text: theme.summary,
      alt: alt([t('cards.altTheme', { title: theme.title, headline: theme.cardHeadline }), theme.summary]),
      post: post(
        t('cards.postTheme', { headline: theme.cardHeadline, title: theme.title.toLowerCase() }),
        pageOfCard('theme', theme.slug),
        tagsOf([theme.slug]),
      ),
    })),
    ...sources.insights.map((insight): CardSpec => ({
      ...none,
      kind: 'insight',
      slug: insight.slug,
      source: insight.source,
      fields: { title: 'title', text: 'summary', quote: '' },
      page: pageOfCard('insight', insight.slug),
      theme: insight.themes[0] ?? '',
      colour: colourOf(insight.themes),
      label: t('cards.label.insight', { number: insight.number }),
      title: insight.title,
      text: insight.summary,
      alt: alt([t('cards.altInsight', { number: insight.number, title: insight.title }), insight.summary]),
      post: post(
        t('cards.postInsight', { number: insight.number, title: insight.title }),
        pageOfCard('insight', insight.slug),
        tagsOf(insight.themes),
      ),
    })),
    ...sources.chapters.map((chapter): CardSpec => ({
      ...none,
      kind: 'chapter',
      slug: chapter.slug,
      source: chapter.source,
      fields: { title: 'title', text: 'summary', quote: '' },
      page: pageOfCard('chapter', chapter.slug),
      theme: chapter.themes[0] ?? '',
      colour: colourOf(chapter.themes),
      label: t('cards.label.chapter', { number: chapter.order }),
      title: chapter.title,
      text: chapter.summary,
      alt: alt([t('cards.altChapter', { number: chapter.order, title: chapter.title }), chapter.summary]),
      post: post(
        t('cards.postChapter', { number: chapter.order, title: chapter.title }),
        pageOfCard('chapter', chapter.slug),
        tagsOf(chapter.themes),
      ),
    })),
    ...sources.visuals.map((visual): CardSpec => ({
      ...none,
      kind: 'visual',
      slug: visual.slug,
      source: visual.source,
      fields: { title: 'title', text: 'caption', quote: '' },
      page: pageOfCard('visual', visual.slug),
      theme: visual.themes[0] ?? '',
      colour: colourOf(visual.themes),
      label: t(visual.example ? 'cards.label.visualExample' : 'cards.label.visual'),
      title: visual.title,
      text: visual.caption,
      chartSvg: visual.chartSvg,
      example: visual.example,
      alt: alt([
        t(visual.example ? 'cards.altVisualExample' : 'cards.altVisual', { title: visual.title }),
        visual.chartSvg ? visual.alt : visual.caption,
      ]),
      post: post(joinTitle(visual.title, visual.caption), pageOfCard('visual', visual.slug), tagsOf(visual.themes), visual.example),
    })),
    ...sources.stories.map((story): CardSpec => ({
      ...none,
      kind: 'story',
      slug: story.slug,
      source: story.source,
      fields: { title: 'title', text: 'title', quote: 'pullQuote' },
      page: pageOfCard('story', story.slug),
      theme: story.themes[0] ?? '',
      colour: colourOf(story.themes),
      label: t('cards.label.story'),
      title: story.title,
      text: '',
      quote: story.pullQuote,
      attribution: t('cards.attributionStory', { title: story.title }),
      example: story.example,
      alt: alt([t(story.example ? 'cards.altStoryExample' : 'cards.altStory', { quote: story.pullQuote, title: story.title })]),
      post: post(t('cards.postStory', { quote: story.pullQuote }), pageOfCard('story', story.slug), tagsOf(story.themes), story.example),
    })),
    ...(sources.followups ?? []).map((followup): CardSpec => ({
      ...none,
      kind: 'followup',
      slug: followup.slug,
      source: followup.source,
      fields: { title: 'title', text: 'summary', quote: '' },
      page: pageOfCard('followup', followup.slug),
      theme: followup.themes[0] ?? '',
      colour: colourOf(followup.themes),
      label: t(followup.example ? 'cards.label.followupExample' : 'cards.label.followup', { status: followup.statusLabel }),
      title: followup.title,
      text: followup.summary,
      example: followup.example,
      alt: alt([
        t(followup.example ? 'cards.altFollowupExample' : 'cards.altFollowup', {
          status: followup.statusLabel.toLowerCase(),
          title: followup.title,
        }),
        followup.summary,
      ]),
      post: post(
        t('cards.postFollowup', { title: followup.title, status: followup.statusLabel.toLowerCase() }),
        pageOfCard('followup', followup.slug),
        tagsOf(followup.themes),
        followup.example,
      ),
    })),
    ...(sources.followupStatuses ?? []).map((status): CardSpec => ({
      ...none,
      kind: 'followupStatus',
      slug: status.slug,
      source: status.slug === ALL_FOLLOW_UPS_CARD ? 'content/followups/' : 'site.yaml',
      fields: { title: 'label', text: 'description', quote: '' },
      page: pageOfCard('followupStatus', status.slug),
      theme: '',
      colour: site.palette.primary,
      label: t('cards.label.followupStatus'),
      title: status.label,
      text: status.description,
      example: status.example,
      alt: alt([t('cards.altFollowupStatus', { title: status.label }), status.description]),
      post: post(
        t('cards.postFollowupStatus', { title: status.label }),
        pageOfCard('followupStatus', status.slug),
        site.hashtags,
        status.example,
      ),
    })),
  ];
  return { brand, cards, settings: { ...DEFAULT_CARD_SETTINGS, ...site.cards } };
}

/** An og:image for a page: absolute URL, size and alt text. */
export interface OgImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** The 1200×630 card of a card as og:image data. */
export function toOgImage(plan: CardPlan, card: CardSpec): OgImage {
  const size = CARD_SIZES[0]!;
  return {
    url: absoluteUrl(plan.brand.baseUrl, cardPath(card.kind, card.slug, size)),
    width: size.width,
    height: size.height,
    alt: card.alt,
  };
}

// Every page asks for its card: a lookup per plan instead of a scan of thousands of cards per page.
const pageIndex = new WeakMap<CardPlan, Map<string, CardSpec>>();

/** The card made for the page at `page` ("/themas/wonen/"), if any. */
export function findCardForPage(plan: CardPlan, page: string): CardSpec | undefined {
  let index = pageIndex.get(plan);
  if (!index) {
    index = new Map();
    for (const card of plan.cards) if (!index.has(card.page)) index.set(card.page, card);
    pageIndex.set(plan, index);
  }
  return index.get(page.endsWith('/') ? page : `${page}/`);
}

/** The og:image of the page at `path`: the page's own card, else the site's card. */
export function findOgImage(plan: CardPlan, path: string): OgImage {
  return toOgImage(plan, findCardForPage(plan, path) ?? plan.cards[0]!);
}
