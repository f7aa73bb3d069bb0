import { knownPublisher } from './placeholders.ts';
import type { SiteSettings } from '../schemas/site.ts';

/** Who publishes the site, as the archive, the catalogue and the accessibility statement name it. */
export interface Publisher {
  /** The organisation's name, or a Dutch note that the publisher has not filled it in yet. */
  name: string;
  /** Its website; undefined while site.yaml holds a placeholder. */
  url: string | undefined;
  /** False while site.yaml still holds the placeholder. */
  known: boolean;
}

/** Said where a publisher must be named but site.yaml does not name one yet. */
export const PUBLISHER_MISSING = 'uitgever nog niet ingevuld';

/** The publisher fields of site.yaml (through their module), never a placeholder as if it were real. */
export function publisherOf(site: Pick<SiteSettings, 'organisation'>): Publisher {
  const known = knownPublisher(site);
  return known ? { name: known.name, url: known.url || undefined, known: true } : { name: PUBLISHER_MISSING, url: undefined, known: false };
}
