import { urls } from '../data/urls.ts';
import type { MessageKey } from '../i18n/t.ts';

/** The header navigation: the overviews a citizen starts from. */
export const MAIN_NAV: { href: string; label: MessageKey }[] = [
  { href: urls.themes, label: 'nav.themes' },
  { href: urls.insights, label: 'nav.insights' },
  { href: urls.stories, label: 'nav.stories' },
  { href: urls.chapters, label: 'nav.product' },
  { href: urls.followUps, label: 'nav.followUps' },
  { href: urls.visuals, label: 'nav.figures' },
  { href: urls.faq, label: 'nav.faq' },
];

/** The footer navigation: who is behind the site and the statements a government site owes its readers. */
export const FOOTER_NAV: { href: string; label: MessageKey }[] = [
  { href: urls.page('over'), label: 'nav.about' },
  { href: urls.sources, label: 'nav.sources' },
  { href: urls.page('toegankelijkheid'), label: 'nav.accessibility' },
  { href: urls.page('privacy'), label: 'nav.privacy' },
  { href: urls.cards, label: 'nav.cards' },
  { href: urls.rss, label: 'nav.rss' },
  { href: urls.followUpFeed, label: 'nav.followUpRss' },
  { href: urls.openData, label: 'nav.openData' },
];
