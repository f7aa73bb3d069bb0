import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { contentPathInRepository } from './content-path.ts';

/**
 * The site settings and the content path the CMS configuration is made from, read once for the
 * build, the dev server and `npm run cms:config`. Broken settings stop with the schema's Dutch
 * messages (the content gate has reported them with file and line already).
 */
export function readCmsInput(contentDir: string, root: string): { site: SiteSettings; contentPath: string } {
  const parsed = siteSchema.safeParse(yaml.load(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')));
  if (!parsed.success)
    throw new Error(
      `site.yaml is ongeldig; het CMS kan niet worden gemaakt: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return { site: parsed.data, contentPath: contentPathInRepository(contentDir, root) };
}
