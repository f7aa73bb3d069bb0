import type { SiteSettings } from '../schemas/site.ts';
import { contentPathInRepository } from './content-path.ts';

/**
 * The site settings and the content path the CMS configuration is made from: the settings as the
 * content model validated them (no second reading of site.yaml), for the build, the dev server
 * and `npm run cms:config`. Without valid settings there is no CMS; the content check says why,
 * with file and line.
 */
export function cmsInput(site: SiteSettings | undefined, contentDir: string, root: string): { site: SiteSettings; contentPath: string } {
  if (!site)
    throw new Error('site.yaml ontbreekt of is ongeldig; het CMS kan niet worden gemaakt. npm run check toont wat er mis is, met de regel');
  return { site, contentPath: contentPathInRepository(contentDir, root) };
}
