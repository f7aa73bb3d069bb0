/**
 * The routes of src/data/routes.ts as links of this build: the base path comes from the build
 * context (virtual:oogst/build-context, resolved once from site.yaml's `baseUrl`, as astro.config.mjs
 * sets Astro's `base`), never from a file read at import or from import.meta.env.BASE_URL (which
 * any BASE_URL variable in the environment would replace). For the site's pages and components;
 * code that runs outside Vite (integrations, scripts, the check) imports routes.ts and passes a base path.
 */
import { buildContext } from 'virtual:oogst/build-context';
import { toSitePath as sitePathUnder, urlsFor, withBase as linkUnder } from './routes.ts';

export * from './routes.ts';

/** Links of the site, for href, src and action: `urls.theme('wonen')`. */
export const urls = urlsFor(buildContext.basePath);

/** The link to a site path in this build: "/themas/wonen/" → "/dialoog/themas/wonen/" under a base path. */
export const withBase = (sitePath: string): string => linkUnder(sitePath, buildContext.basePath);

/** The site path of a link in this build (`Astro.url.pathname`): "/dialoog/themas/wonen/" → "/themas/wonen/". */
export const toSitePath = (link: string): string => sitePathUnder(link, buildContext.basePath);
