import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { adminPolicy, missingSettings, renderAdminPage, SLASH_SCRIPT } from './admin-page.ts';

/** Where the page's slash script sends a browser at this path (and query and fragment); undefined: it stays. */
function slashTarget(pathname: string, search = '', hash = ''): string | undefined {
  let target: string | undefined;
  const location = { pathname, search, hash, replace: (to: string) => void (target = to) };
  new Function('location', SLASH_SCRIPT)(location);
  return target;
}

describe('the page at /admin/', () => {
  it('starts every relative address at /admin/ (below the base path), so /admin without a slash works', () => {
    expect(renderAdminPage({ name: 'X', baseUrl: 'https://example.nl/dialoog' }, 'cms.js')).toContain('<base href="/dialoog/admin/">');
    expect(renderAdminPage({ name: 'X' }, 'cms.js')).toContain('<base href="/admin/">');
  });

  it('sends /admin on to /admin/ in the browser, under any base path, and never sends /admin/ anywhere', () => {
    expect(slashTarget('/admin')).toBe('/admin/');
    expect(slashTarget('/dialoog/admin', '?x=1', '#/collections/stories')).toBe('/dialoog/admin/?x=1#/collections/stories');
    expect(slashTarget('/admin/')).toBeUndefined();
    expect(slashTarget('/dialoog/admin/')).toBeUndefined();
    expect(slashTarget('/admin/index.html')).toBeUndefined();
    // The policy allows exactly this inline script, by its hash, in the page and so in the headers.
    const hash = `'sha256-${createHash('sha256').update(SLASH_SCRIPT).digest('base64')}'`;
    expect(adminPolicy(undefined)).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash}`);
    const page = renderAdminPage({ name: 'X' }, 'cms.js');
    expect(page).toContain(`<script>${SLASH_SCRIPT}</script>`);
    expect(page.indexOf('content-security-policy')).toBeLessThan(page.indexOf('<script>'));
  });

  it('says in Dutch what the settings still lack, and nothing when they are complete', () => {
    const page = renderAdminPage({ name: 'X', cms: { backend: 'github', repo: 'INVULLEN/repository', branch: 'main' } }, 'cms.js');
    expect(page).toContain('Het CMS is nog niet helemaal ingesteld.');
    expect(page).toContain('cms.repo in site.yaml is nog "INVULLEN/repository"');
    expect(page).toContain('cms.authUrl ontbreekt');
    expect(missingSettings({ backend: 'gitea', repo: 'a/b', branch: 'main' })).toEqual([expect.stringContaining('cms.appId ontbreekt')]);
    expect(missingSettings({ backend: 'github', repo: 'a/b', branch: 'main', authUrl: 'https://login.example.nl' })).toEqual([]);
    expect(renderAdminPage({ name: 'X' }, 'cms.js')).not.toContain('role="status"');
  });
});
