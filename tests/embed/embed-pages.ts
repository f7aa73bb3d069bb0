import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { resolveBuildSettings } from '../../src/config/build-context.ts';
import { EMBED_FOLDER } from '../../src/data/routes.ts';
import { DIST } from '../support/dist.ts';

/** The embed pages of the built site: one folder per chart below /insluiten/. */
export function embedPages(dist = DIST): { slug: string; file: string }[] {
  const folder = path.join(dist, EMBED_FOLDER);
  if (!existsSync(folder)) throw new Error(`Geen map ${EMBED_FOLDER}/ in ${dist}: bouw de site opnieuw (npm run build).`);
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ slug: entry.name, file: `${EMBED_FOLDER}/${entry.name}/index.html` }))
    .sort((a, b) => (a.slug < b.slug ? -1 : 1));
}

/** The site's public address from site.yaml, which the built pages' absolute links start with. */
export const siteBaseUrl = (): string => resolveBuildSettings().siteUrl;
