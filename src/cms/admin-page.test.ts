import { describe, expect, it } from 'vitest';
import { missingSettings, renderAdminPage } from './admin-page.ts';

describe('the page at /admin/', () => {
  it('starts every relative address at /admin/ (below the base path), so /admin without a slash works', () => {
    expect(renderAdminPage({ name: 'X', baseUrl: 'https://example.nl/dialoog' }, 'cms.js')).toContain('<base href="/dialoog/admin/">');
    expect(renderAdminPage({ name: 'X' }, 'cms.js')).toContain('<base href="/admin/">');
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
