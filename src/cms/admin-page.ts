import { basePathOf, ROUTES, withBase } from '../data/urls.ts';
import type { SiteSettings } from '../schemas/site.ts';

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
 * The Content-Security-Policy of /admin/ only. The CMS is a single-page application that sets
 * styles at run time, shows uploads as blob: URLs, runs WebAssembly and workers for images and
 * talks to the Git host; the public pages allow none of that. Scripts still come only from the
 * site itself.
 */
export function adminPolicy(cms: SiteSettings['cms']): string {
  const hosts = backendOrigins(cms);
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
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

/** The page at /admin/: no content of its own, only the CMS script, its configuration and its policy. */
export function renderAdminPage(site: Pick<SiteSettings, 'name' | 'cms'> & { baseUrl?: string }, script: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="content-security-policy" content="${escapeAttribute(adminPolicy(site.cms))}">
<title>Redactie: ${escapeAttribute(site.name)}</title>
<link rel="icon" href="${escapeAttribute(withBase(ROUTES.favicon, basePathOf(site.baseUrl ?? '/')))}" type="image/svg+xml">
<link href="config.yml" type="application/yaml" rel="cms-config-url">
<script type="module" src="${escapeAttribute(script)}"></script>
</head>
<body>
<noscript>Het CMS heeft JavaScript nodig. Zonder JavaScript kun je de inhoud bewerken in de map content/ (zie docs/redactie.md).</noscript>
</body>
</html>
`;
}
