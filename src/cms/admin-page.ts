import { createHash } from 'node:crypto';
import { basePathOf, ROUTES, withBase } from '../data/routes.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { isPublisherPlaceholder } from '../data/placeholders.ts';
import { ADMIN_FOLDER } from './admin-folder.ts';

/** Hosts the CMS talks to for each backend: its API, sign-in and the images it shows (avatars, files). */
function backendOrigins(cms: SiteSettings['cms']): { connect: string[]; img: string[] } {
  const origin = (url: string | undefined) => (url ? [new URL(url).origin] : []);
  if (!cms || cms.backend === 'test-repo') return { connect: [], img: [] };
  switch (cms.backend) {
    case 'github':
      return {
        connect: cms.baseUrl ? origin(cms.baseUrl) : ['https://api.github.com', ...origin(cms.authUrl)],
        img: cms.baseUrl ? origin(cms.baseUrl) : ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'],
      };
    case 'gitlab':
      return {
        connect: origin(cms.baseUrl ?? 'https://gitlab.com'),
        img: [...origin(cms.baseUrl ?? 'https://gitlab.com'), 'https://secure.gravatar.com'],
      };
    case 'gitea':
      return { connect: origin(cms.baseUrl ?? 'https://gitea.com'), img: origin(cms.baseUrl ?? 'https://gitea.com') };
  }
}

/**
 * Sends `/admin` on to `/admin/` in the browser, before anything loads: hosts differ (Netlify may
 * serve the folder's page at both addresses, Cloudflare Pages, GitHub Pages and nginx redirect,
 * a plain static server may do either), and a redirect rule of our own could loop on a host that
 * matches rules with and without the slash. The page only replaces an address without the slash
 * (and without a file name), so it cannot send itself round; the same text under any base path.
 */
export const SLASH_SCRIPT =
  "var p=location.pathname;if(!/\\/$/.test(p)&&!/\\.[a-z]+$/.test(p))location.replace(p+'/'+location.search+location.hash);";

/** The policy's hash of the inline script above, the one inline script of the page. */
const SLASH_SCRIPT_HASH = `'sha256-${createHash('sha256').update(SLASH_SCRIPT).digest('base64')}'`;

/**
 * The Content-Security-Policy of /admin/ only. The CMS is a single-page application that sets
 * styles at run time, shows uploads as blob: URLs, runs WebAssembly and workers for images and
 * talks to the Git host; the public pages allow none of that. Scripts still come only from the
 * site itself.
 */
export function adminPolicy(cms: SiteSettings['cms']): string {
  const hosts = backendOrigins(cms);
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${SLASH_SCRIPT_HASH}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${hosts.img.map((h) => ` ${h}`).join('')}`,
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src 'self' blob: data:${hosts.connect.map((h) => ` ${h}`).join('')}`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Headers /admin/ needs with another value than the public pages. Signing in with GitHub, GitLab
 * or Gitea opens the host's page in a popup that reports back to the CMS; `same-origin` would cut
 * that line, `same-origin-allow-popups` keeps it while still isolating the CMS from other openers.
 */
export const ADMIN_HEADERS: readonly (readonly [string, string])[] = [['Cross-Origin-Opener-Policy', 'same-origin-allow-popups']];

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** What the CMS's settings in site.yaml still lack, in Dutch, for the notice on /admin/. */
export function missingSettings(cms: SiteSettings['cms']): string[] {
  if (!cms || cms.backend === 'test-repo') return [];
  const missing: string[] = [];
  if (isPublisherPlaceholder(cms.repo))
    missing.push(`cms.repo in site.yaml is nog "${cms.repo}": vul de naam van de repository in (eigenaar/naam).`);
  if (cms.backend === 'github' && !cms.authUrl)
    missing.push(
      'cms.authUrl ontbreekt: inloggen kan alleen met een toegangstoken of in een lokale map, tot IT een eigen inlogdienst instelt (docs/redactie.md).',
    );
  if (cms.backend !== 'github' && !cms.appId)
    missing.push(
      'cms.appId ontbreekt: inloggen kan alleen met een toegangstoken, tot IT een OAuth-toepassing aanmaakt (docs/redactie.md).',
    );
  return missing;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The page at /admin/: no content of its own, only the CMS script, its configuration and its policy. */
export function renderAdminPage(site: Pick<SiteSettings, 'name' | 'cms'> & { baseUrl?: string }, script: string): string {
  // /admin without a slash goes on to /admin/ (SLASH_SCRIPT); until then, and where scripts are
  // slow, every relative address starts at /admin/ all the same.
  const admin = withBase(`/${ADMIN_FOLDER}/`, basePathOf(site.baseUrl ?? '/'));
  const missing = missingSettings(site.cms);
  // Shown above the CMS until the settings are complete; role=status so a screen reader hears it once.
  const notice = missing.length
    ? `<div role="status" class="oogst-cms-notice" style="position:fixed;bottom:0;left:0;right:0;z-index:2147483647;padding:.5rem 1rem;background:#fff4ce;color:#1a1a1a;font:15px/1.4 sans-serif;border-top:2px solid #8a6d00"><strong>Het CMS is nog niet helemaal ingesteld.</strong> <button type="button" style="float:right;font:inherit;padding:.1rem .6rem">Melding sluiten</button><ul style="margin:.25rem 0 0;padding-left:1.25rem">${missing.map((line) => `<li>${escapeText(line)}</li>`).join('')}</ul></div>\n`
    : '';
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${escapeAttribute(adminPolicy(site.cms))}">
<script>${SLASH_SCRIPT}</script>
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="${escapeAttribute(admin)}">
<meta name="robots" content="noindex, nofollow">
<title>Redactie: ${escapeAttribute(site.name)}</title>
<link rel="icon" href="${escapeAttribute(withBase(ROUTES.favicon, basePathOf(site.baseUrl ?? '/')))}" type="image/svg+xml">
<link href="config.yml" type="application/yaml" rel="cms-config-url">
<script type="module" src="${escapeAttribute(script)}"></script>
</head>
<body>
${notice}<noscript>Het CMS heeft JavaScript nodig. Zonder JavaScript kun je de inhoud bewerken in de map content/ (zie docs/redactie.md).</noscript>
</body>
</html>
`;
}
