import type { MessageKey } from '../i18n/t';

/** The header navigation: the overviews a citizen starts from. */
export const MAIN_NAV: { href: string; label: MessageKey }[] = [
  { href: '/themas/', label: 'nav.themes' },
  { href: '/inzichten/', label: 'nav.insights' },
  { href: '/verhalen/', label: 'nav.stories' },
  { href: '/eindproduct/', label: 'nav.product' },
  { href: '/opvolging/', label: 'nav.followUps' },
  { href: '/cijfers/', label: 'nav.figures' },
  { href: '/veelgestelde-vragen/', label: 'nav.faq' },
];

/** The footer navigation: who is behind the site and the statements a government site owes its readers. */
export const FOOTER_NAV: { href: string; label: MessageKey }[] = [
  { href: '/over/', label: 'nav.about' },
  { href: '/toegankelijkheid/', label: 'nav.accessibility' },
  { href: '/privacy/', label: 'nav.privacy' },
  { href: '/deelkaarten/', label: 'nav.cards' },
  { href: '/rss.xml', label: 'nav.rss' },
  { href: '/opvolging/rss.xml', label: 'nav.followUpRss' },
  { href: '/open-data/', label: 'nav.openData' },
];
