/**
 * Archive mode: once the dialogue's closing date has passed, the site is a record of what
 * happened and no longer an invitation. Pages ask this module with the build date of the build
 * context (src/config/build-context.ts), never the clock: a build of the same commit says the same.
 */

import { formatDate } from '../charts/format.ts';
import { t } from '../i18n/t.ts';

interface SiteLike {
  closedOn?: Date | undefined;
}

interface SiteWithHeadline extends SiteLike {
  name: string;
  tagline: string;
  closedTagline?: string | undefined;
}

/** True when the dialogue has a closing date and the build date has reached it (the day itself counts as closed). */
export function isClosed(site: SiteLike, buildDate: Date): boolean {
  return site.closedOn !== undefined && site.closedOn.getTime() <= buildDate.getTime();
}

/**
 * The big line of the home page and its share card: the invitation while the dialogue runs,
 * a look back once it is closed ("Wat was jouw idee?"), never an invitation nobody answers.
 */
export function homeHeadline(site: SiteWithHeadline, buildDate: Date): string {
  if (!isClosed(site, buildDate)) return site.tagline;
  return site.closedTagline ?? t('home.closedTitle', { name: site.name });
}

/** The closing date as exact as the record knows it ("juni 2021"), or undefined when it is not on record. */
export function closingDateText(site: {
  closedOn?: Date | undefined;
  closedOnKnown: 'day' | 'month' | 'year' | 'unknown';
}): string | undefined {
  if (!site.closedOn || site.closedOnKnown === 'unknown') return undefined;
  return formatDate({ date: site.closedOn, precision: site.closedOnKnown });
}
