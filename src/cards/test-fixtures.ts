import type { CardSources } from './card-plan.ts';
import type { CardBrand, CardSpec } from './card-types.ts';

/** A brand like the default site's, for tests. */
export const testBrand: CardBrand = {
  siteName: 'Nederland na de crisis',
  shortUrl: 'watisjouwidee.nl',
  baseUrl: 'https://www.watisjouwidee.nl',
  primary: '#154273',
  accent: '#ffb612',
  hashtags: ['NLnadecrisis'],
};

/** A card of `kind` with every text field filled, for tests that vary one field. */
export function testSpec(overrides: Partial<CardSpec> = {}): CardSpec {
  return {
    kind: 'theme',
    slug: 'wonen',
    source: 'content/themes/wonen.md',
    fields: { title: 'cardHeadline', text: 'summary', quote: 'pullQuote' },
    page: '/themas/wonen/',
    theme: 'wonen',
    colour: '#a23b00',
    label: 'Thema · Wonen',
    title: 'Hoe wonen we na de crisis?',
    text: 'Over een betaalbaar huis, een buurt waar je je thuis voelt en wat de lockdown met je woning deed.',
    quote: 'Ik kende mijn buren niet, nu drinken we elke week koffie.',
    attribution: 'Uit het verhaal “Boodschappen voor de hele straat”',
    example: false,
    chartSvg: '',
    alt: 'Deelkaart',
    post: 'Post',
    ...overrides,
  };
}

/** Sources with one entry of each kind. */
export const testSources: CardSources = {
  site: {
    name: 'Nederland na de crisis',
    tagline: 'Wat is jouw idee?',
    description: 'De uitkomsten van de dialoog over herstel en vernieuwing na corona.',
    baseUrl: 'https://www.watisjouwidee.nl',
    organisation: { name: 'Ministerie van BZK' },
    palette: { primary: '#154273', accent: '#ffb612' },
    hashtags: ['NLnadecrisis'],
  },
  themes: [
    {
      slug: 'wonen',
      source: 'content/themes/wonen.md',
      title: 'Wonen',
      shortTitle: 'Wonen',
      summary: 'Over een betaalbaar huis.',
      colour: '#a23b00',
      cardHeadline: 'Hoe wonen we na de crisis?',
    },
    {
      slug: 'zorg-en-gezondheid',
      source: 'content/themes/zorg-en-gezondheid.md',
      title: 'Zorg en gezondheid',
      shortTitle: 'Zorg en gezondheid',
      summary: 'Over zorg.',
      colour: '#1f6f8b',
      cardHeadline: 'Wie zorgt er voor wie?',
    },
  ],
  insights: [
    {
      slug: 'samenleving-is-veerkrachtig',
      source: 'content/insights/a.mdx',
      number: 1,
      title: 'De samenleving is veerkrachtig',
      summary: 'Mensen hielpen elkaar.',
      themes: ['zorg-en-gezondheid', 'wonen'],
    },
  ],
  chapters: [
    {
      slug: 'inleiding',
      source: 'content/chapters/inleiding.mdx',
      order: 2,
      title: 'Inleiding en werkwijze',
      summary: 'Hoe de dialoog werkte.',
      themes: ['onbekend'],
    },
  ],
  visuals: [
    {
      slug: 'tijdlijn',
      source: 'content/visuals/tijdlijn.yaml',
      title: 'Tijdlijn',
      caption: 'Van voorstel tot terugkoppeling.',
      alt: 'Tijdlijn van november 2020 tot oktober 2021.',
      themes: [],
      example: false,
      chartSvg: '',
    },
  ],
  stories: [
    {
      slug: 'straat',
      source: 'content/stories/straat.mdx',
      title: 'Boodschappen voor de straat',
      pullQuote: 'Ik kende mijn buren niet.',
      themes: ['wonen'],
      example: true,
    },
  ],
};
