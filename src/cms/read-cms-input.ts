import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { siteBuildDate } from '../config/build-date.ts';
import { isClosed } from '../data/archive.ts';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { contentPathInRepository } from './content-path.ts';

/**
 * The site settings, the content path and the first date of a new entry that the CMS
 * configuration is made from, read once for the
 * build, the dev server and `npm run cms:config`. Broken settings stop with the schema's Dutch
 * messages (the content gate has reported them with file and line already).
 */
export function readCmsInput(contentDir: string, root: string): { site: SiteSettings; contentPath: string; newEntryDate?: string } {
  const parsed = siteSchema.safeParse(yaml.load(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')));
  if (!parsed.success)
    throw new Error(
      `site.yaml is ongeldig; het CMS kan niet worden gemaakt: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const site = parsed.data;
  // On an archived site (closed by the build date) a new entry's date starts at the closing day,
  // inside the dialogue's period, instead of the editor's today, which the check would warn about.
  const closed = site.closedOn && isClosed(site, siteBuildDate(site).date);
  return {
    site,
    contentPath: contentPathInRepository(contentDir, root),
    ...(closed && site.closedOn ? { newEntryDate: site.closedOn.toISOString().slice(0, 10) } : {}),
  };
}
