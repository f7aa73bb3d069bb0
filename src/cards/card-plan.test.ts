import { describe, expect, it } from 'vitest';
import { cardPath, cardSizes, findOgImage, planCards, toHashtag } from './card-plan.ts';
import { CARD_SIZES } from './card-types.ts';
import {
  buildCardManifest,
  CARD_OVERVIEW_ZIP_PATH,
  CARD_ZIP_PATH,
  cardsOfKind,
  describeCardSizes,
  GALLERY_INLINE_LIMIT,
  GALLERY_PAGE_SIZE,
  galleryPagePath,
  groupCards,
  ogOnlyKindNames,
  planCardZips,
  splitGallery,
  zipFileCount,
  zipFileList,
} from './gallery.ts';
import { testSources } from './test-fixtures.ts';

const plan = planCards(testSources);

describe('planCards', () => {
  it('plans one card for the site and for every theme, insight, chapter, visual and story', () => {
    expect(plan.cards.map((card) => `${card.kind}:${card.slug}`)).toEqual([
      'site:home',
      'theme:wonen',
      'theme:zorg-en-gezondheid',
      'insight:samenleving-is-veerkrachtig',
      'chapter:inleiding',
      'visual:tijdlijn',
      'story:straat',
    ]);
  });

  it('plans a card per follow-up and per status overview, pointing at their pages, with the example label from the data', () => {
    const withFollowUps = planCards({
      ...testSources,
      followups: [
        {
          slug: 'loket',
          source: 'content/followups/loket.md',
          title: 'Een loket',
          summary: 'Er kwam een loket.',
          statusLabel: 'Uitgevoerd',
          themes: ['wonen'],
          example: true,
        },
      ],
      followupStatuses: [
        { slug: 'alle', label: '1 opvolging van de dialoog', description: 'Wat er gebeurde.', example: true },
        { slug: 'uitgevoerd', label: 'Uitgevoerd: 1 opvolging', description: 'Het is gedaan.', example: true },
      ],
    });
    const cards = withFollowUps.cards.filter((card) => card.kind === 'followup' || card.kind === 'followupStatus');
    expect(cards.map((card) => [card.kind, card.page, card.example])).toEqual([
      ['followup', '/opvolging/loket/', true],
      ['followupStatus', '/opvolging/', true],
      ['followupStatus', '/opvolging/status/uitgevoerd/', true],
    ]);
    expect(cards[0]).toMatchObject({ label: 'Wat is ermee gedaan? Uitgevoerd (voorbeeld)', colour: '#a23b00' });
    expect(cards[0]!.alt).toContain('voorbeeld');
    expect(cardPath('followupStatus', 'uitgevoerd', CARD_SIZES[0]!)).toBe('/deelkaarten/opvolging-status/uitgevoerd-1200x630.png');
  });

  it('labels insights and chapters with their number and colours them after their first theme', () => {
    const insight = plan.cards.find((card) => card.kind === 'insight')!;
    expect(insight.label).toBe('Inzicht 1');
    expect(insight.colour).toBe('#1f6f8b');
    const chapter = plan.cards.find((card) => card.kind === 'chapter')!;
    expect(chapter.label).toBe('Hoofdstuk 2');
    // An unknown theme falls back to the site's colour rather than failing here; references are checked in src/data.
    expect(chapter.colour).toBe('#154273');
  });

  it('writes alt text from the same fields the card draws', () => {
    for (const card of plan.cards) {
      for (const drawn of [card.title, card.quote].filter((text) => text && card.kind !== 'story')) expect(card.alt).toContain(drawn);
    }
    const story = plan.cards.find((card) => card.kind === 'story')!;
    expect(story.alt).toContain(story.quote);
    expect(story.alt).toContain('voorbeeld');
  });

  it('suggests a post with the page link and hashtags of the site and the theme', () => {
    const theme = plan.cards.find((card) => card.slug === 'zorg-en-gezondheid')!;
    expect(theme.post).toContain('https://www.watisjouwidee.nl/themas/zorg-en-gezondheid/');
    expect(theme.post).toContain('#NLnadecrisis #ZorgEnGezondheid');
  });

  it('prints the host of the base URL when no short URL is set', () => {
    expect(plan.brand.shortUrl).toBe('watisjouwidee.nl');
    expect(planCards({ ...testSources, site: { ...testSources.site, shortUrl: 'wjij.nl' } }).brand.shortUrl).toBe('wjij.nl');
  });
});

describe('card URLs and og:image', () => {
  it('gives every card a stable path per size', () => {
    expect(cardPath('theme', 'wonen', CARD_SIZES[0]!)).toBe('/deelkaarten/themas/wonen-1200x630.png');
    expect(cardPath('story', 'straat', CARD_SIZES[3]!)).toBe('/deelkaarten/verhalen/straat-1080x1920.png');
  });

  it("uses a page's own 1200×630 card as og:image, and the site's card elsewhere", () => {
    expect(findOgImage(plan, '/themas/wonen/')).toEqual({
      url: 'https://www.watisjouwidee.nl/deelkaarten/themas/wonen-1200x630.png',
      width: 1200,
      height: 630,
      alt: plan.cards[1]!.alt,
    });
    expect(findOgImage(plan, '/over').url).toBe('https://www.watisjouwidee.nl/deelkaarten/site/home-1200x630.png');
  });

  it('makes hashtags without spaces or diacritics', () => {
    expect(toHashtag('Zorg en gezondheid')).toBe('ZorgEnGezondheid');
    expect(toHashtag('Ideeën & café')).toBe('IdeeenCafe');
  });
});

describe('gallery and manifest', () => {
  it('lists every card with its sizes (stories the og:image one only), alt text and an absolute page URL, and no zips unless stored', () => {
    const manifest = buildCardManifest(plan);
    expect(manifest.zip).toBeUndefined();
    expect(manifest.zips).toBeUndefined();
    expect(manifest.cards).toHaveLength(plan.cards.length);
    for (const card of manifest.cards) {
      expect(card.sizes.map((size) => `${size.width}x${size.height}`)).toEqual(
        card.kind === 'story' ? ['1200x630'] : ['1200x630', '1080x1080', '1080x1350', '1080x1920'],
      );
      expect(card.page).toMatch(/^https:\/\//);
      expect(card.alt.length).toBeGreaterThan(10);
    }
  });

  it('gives stories every size, and lists the stored zips, when site.yaml asks for them', () => {
    const all = planCards({ ...testSources, site: { ...testSources.site, cards: { allStorySizes: true, storedZips: true } } });
    expect(all.cards.every((card) => cardSizes(all, card).length === 4)).toBe(true);
    const manifest = buildCardManifest(all);
    expect(manifest.zip).toBe('/deelkaarten/alle-deelkaarten.zip');
    expect(manifest.cards.find((card) => card.kind === 'story')!.sizes).toHaveLength(4);
  });

  it('says which sizes exist for which cards', () => {
    expect(describeCardSizes(plan).map((size) => `${size.width}x${size.height}: ${size.cards}`)).toEqual([
      '1200x630: alle kaarten',
      '1080x1080: alle kaarten behalve die van verhalen',
      '1080x1350: alle kaarten behalve die van verhalen',
      '1080x1920: alle kaarten behalve die van verhalen',
    ]);
    const all = planCards({ ...testSources, site: { ...testSources.site, cards: { allStorySizes: true } } });
    expect(new Set(describeCardSizes(all).map((size) => size.cards))).toEqual(new Set(['alle kaarten']));
    expect(ogOnlyKindNames(plan)).toBe('verhalen');
    expect(ogOnlyKindNames(all)).toBe('');
  });

  it('groups cards by kind, then by theme in theme order', () => {
    const sections = groupCards(plan, [
      { slug: 'wonen', title: 'Wonen' },
      { slug: 'zorg-en-gezondheid', title: 'Zorg en gezondheid' },
    ]);
    expect(sections.map((section) => section.kind)).toEqual(['site', 'theme', 'insight', 'chapter', 'visual', 'story']);
    expect(sections[1]!.groups.map((group) => group.themeTitle)).toEqual(['Wonen', 'Zorg en gezondheid']);
  });
});

describe('gallery pages', () => {
  const sections = groupCards(plan, [{ slug: 'wonen', title: 'Wonen' }]);

  it('shows every kind in full while it has few cards', () => {
    expect(splitGallery(sections).paged).toEqual([]);
    expect(splitGallery(sections).inline.map((section) => section.kind)).toEqual([
      'site',
      'theme',
      'insight',
      'chapter',
      'visual',
      'story',
    ]);
  });

  it('gives a kind with more cards than the limit its own pages, with its count', () => {
    const { inline, paged } = splitGallery(sections, 1);
    expect(inline.map((section) => section.kind)).toEqual(['site', 'insight', 'chapter', 'visual', 'story']);
    expect(paged).toEqual([{ kind: 'theme', name: "Thema's", count: 2, url: '/deelkaarten/themas/' }]);
  });

  it('numbers the pages of a kind from the second page on', () => {
    expect(galleryPagePath('story')).toBe('/deelkaarten/verhalen/');
    expect(galleryPagePath('story', 3)).toBe('/deelkaarten/verhalen/3/');
    expect(cardsOfKind(plan, 'story').map((card) => card.slug)).toEqual(['straat']);
  });
});

describe('the zips of the gallery', () => {
  it('puts every card in one zip while the gallery shows them all', () => {
    const zips = planCardZips(plan);
    expect(zips).toEqual([{ url: CARD_ZIP_PATH, cards: plan.cards }]);
    expect(buildCardManifest({ ...plan, settings: { ...plan.settings, storedZips: true } }).zips).toEqual([
      { url: CARD_ZIP_PATH, cards: plan.cards.length },
    ]);
    // Five cards in four sizes and one story in one.
    expect(zipFileCount(plan, zips[0]!)).toBe((plan.cards.length - 1) * 4 + 1);
    expect(zipFileList(plan, zips[0]!).find((file) => file.url.includes('/verhalen/'))).toEqual({
      url: '/deelkaarten/verhalen/straat-1200x630.png',
      name: 'verhalen/straat-1200x630.png',
    });
  });

  it('gives each gallery page of a kind with its own pages a zip of the cards on it, in page order', () => {
    const story = plan.cards.find((card) => card.kind === 'story')!;
    const stories = Array.from({ length: GALLERY_INLINE_LIMIT + GALLERY_PAGE_SIZE + 1 }, (_, index) => ({
      ...story,
      slug: `verhaal-${index}`,
    }));
    const large = { ...plan, cards: [...plan.cards.filter((card) => card.kind !== 'story'), ...stories] };
    const zips = planCardZips(large);
    expect(zips.map((zip) => zip.url)).toEqual([
      CARD_OVERVIEW_ZIP_PATH,
      '/deelkaarten/verhalen-pagina-1.zip',
      '/deelkaarten/verhalen-pagina-2.zip',
      '/deelkaarten/verhalen-pagina-3.zip',
    ]);
    expect(zips[0]!.cards.some((card) => card.kind === 'story')).toBe(false);
    expect(zips[0]!.cards).toHaveLength(large.cards.length - stories.length);
    // The same cards, in the same order, as the gallery pages show.
    const pages = zips.slice(1).map((zip) => zip.cards.map((card) => card.slug));
    expect(pages.map((page) => page.length)).toEqual([GALLERY_PAGE_SIZE, GALLERY_PAGE_SIZE, stories.length - 2 * GALLERY_PAGE_SIZE]);
    expect(pages.flat()).toEqual(cardsOfKind(large, 'story').map((card) => card.slug));
    expect(buildCardManifest({ ...large, settings: { ...large.settings, storedZips: true } }).zip).toBe(CARD_OVERVIEW_ZIP_PATH);
  });
});
