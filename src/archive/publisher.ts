import type { SiteSettings } from '../schemas/site.ts';

/** Who publishes the site, as the archive, the catalogue and the accessibility statement name it. */
export interface Publisher {
  name: string;
  url: string;
}

/** The publisher fields of site.yaml, in one place, so every output names the same organisation. */
export function publisherOf(site: Pick<SiteSettings, 'organisation'>): Publisher {
  return { name: site.organisation.name, url: site.organisation.url };
}
