import { siteBuildDate } from '../config/build-date.ts';
import { isClosed } from '../data/archive.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { contentPathInRepository } from './content-path.ts';

/**
 * The site settings, the content path and the first date of a new entry that the CMS
 * configuration is made from: the settings as the content model validated them (no second
 * reading of site.yaml), for the build, the dev server and `npm run cms:config`. Without valid
 * settings there is no CMS; the content check says why, with file and line.
 */
export function cmsInput(
  site: SiteSettings | undefined,
  contentDir: string,
  root: string,
  buildDate: Date = site ? siteBuildDate(site).date : new Date(0),
): { site: SiteSettings; contentPath: string; newEntryDate?: string } {
  if (!site)
    throw new Error('site.yaml ontbreekt of is ongeldig; het CMS kan niet worden gemaakt. npm run check toont wat er mis is, met de regel');
  // On an archived site (closed by the build date) a new entry's date starts at the closing day,
  // inside the dialogue's period, instead of the editor's today, which the check would warn about.
  const closed = site.closedOn && isClosed(site, buildDate);
  return {
    site,
    contentPath: contentPathInRepository(contentDir, root),
    ...(closed && site.closedOn ? { newEntryDate: site.closedOn.toISOString().slice(0, 10) } : {}),
  };
}
