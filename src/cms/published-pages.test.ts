import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentModel } from '../model/content-model.ts';
import { isMissingLivePage } from './admin/live-site-guard.ts';
import { publishedPages } from './published-pages.ts';

describe('the pages "Bekijken op de live site" may open', () => {
  const model = readContentModel(path.resolve('content'));
  const story = model.entries.find((entry) => entry.collection === 'stories')!;

  it('lists every published entry’s page, with the base path, and leaves drafts out', () => {
    const pages = publishedPages(model, 'https://example.nl/dialoog');
    expect(pages.paths).toContain(`/dialoog/verhalen/${story.id}/`);
    expect(pages.paths).toContain('/dialoog/bronnen/');
    const draft = { ...story, id: 'nog-een-concept', raw: { ...story.raw, draft: true } };
    const withDraft = publishedPages({ ...model, entries: [...model.entries, draft] }, 'https://example.nl/dialoog');
    expect(withDraft.paths).not.toContain('/dialoog/verhalen/nog-een-concept/');
  });

  it('stops links to live pages that do not exist, and no other link', () => {
    const pages = { siteUrl: 'https://example.nl/dialoog', paths: ['/dialoog/verhalen/bestaand/'] };
    expect(isMissingLivePage('https://example.nl/dialoog/verhalen/nieuw/', pages)).toBe(true);
    expect(isMissingLivePage('https://example.nl/dialoog/verhalen/bestaand/', pages)).toBe(false);
    expect(isMissingLivePage('https://example.nl/dialoog/verhalen/bestaand', pages)).toBe(false);
    // A deploy preview, the repository, another site under the same host: not the live site.
    expect(isMissingLivePage('https://pr-4.voorbeeld.example.nl/verhalen/nieuw/', pages)).toBe(false);
    expect(isMissingLivePage('https://github.com/gemeente/dialoog/blob/main/x.mdx', pages)).toBe(false);
    expect(isMissingLivePage('https://example.nl/andere-site/', pages)).toBe(false);
  });
});
