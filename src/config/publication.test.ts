import { describe, expect, it } from 'vitest';
import { modeOf, resolvePreview } from './publication.ts';

describe('whether a build is a preview', () => {
  it('reads Astro’s --mode in both spellings', () => {
    expect(modeOf(['node', 'astro', 'build', '--mode', 'preview'])).toBe('preview');
    expect(modeOf(['node', 'astro', 'build', '--mode=preview'])).toBe('preview');
    expect(modeOf(['node', 'astro', 'build'])).toBeUndefined();
  });

  it('is a preview for npm run build:preview, whatever the host', () => {
    expect(resolvePreview(['astro', 'build', '--mode', 'preview'], {})).toBe('mode');
  });

  it('follows Netlify’s context: deploy previews and branch deploys, never production', () => {
    expect(resolvePreview([], { NETLIFY: 'true', CONTEXT: 'deploy-preview' })).toBe('netlify');
    expect(resolvePreview([], { NETLIFY: 'true', CONTEXT: 'branch-deploy' })).toBe('netlify');
    expect(resolvePreview([], { NETLIFY: 'true', CONTEXT: 'production' })).toBeUndefined();
    // CONTEXT alone is an ordinary variable on other machines.
    expect(resolvePreview([], { CONTEXT: 'deploy-preview' })).toBeUndefined();
  });

  it('follows Cloudflare Pages’ branch: every branch but the production branch of site.yaml', () => {
    expect(resolvePreview([], { CF_PAGES: '1', CF_PAGES_BRANCH: 'cms/stories/nieuw-verhaal' }, 'main')).toBe('cloudflare');
    expect(resolvePreview([], { CF_PAGES: '1', CF_PAGES_BRANCH: 'main' }, 'main')).toBeUndefined();
    expect(resolvePreview([], { CF_PAGES: '1', CF_PAGES_BRANCH: 'main' }, 'productie')).toBe('cloudflare');
  });

  it('is the published site by default', () => {
    expect(resolvePreview(['node', 'astro', 'build'], {})).toBeUndefined();
  });
});
