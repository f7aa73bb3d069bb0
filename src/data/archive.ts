/**
 * Archive mode: once the dialogue's closing date has passed, the site is a record of what
 * happened and no longer an invitation. Pages ask this module, never the date themselves.
 */

interface SiteLike {
  closedOn?: Date | undefined;
}

/** True when the dialogue has a closing date and it has passed (the day itself counts as closed). */
export function isClosed(site: SiteLike, now: Date = new Date()): boolean {
  return site.closedOn !== undefined && site.closedOn.getTime() <= now.getTime();
}
