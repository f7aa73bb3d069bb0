import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { resolveContentDir } from '../../src/config/build-context.ts';
import { EMBED_FOLDER, ROUTES } from '../../src/data/routes.ts';
import { assertBuilt, DIST, listSiteFiles } from '../support/dist.ts';

/**
 * The check's list of valid links comes from the URL module and the content, not from a copy
 * of the routes: every page and file the build made that content may link to must pass it.
 * Left out, as the check leaves them out: paginated lists, share-card images, zips and the
 * gallery pages per kind (which exist depending on counts), the bundles of search, the
 * CMS and Astro, the files for the host (`_headers`, the nginx snippet, `.nojekyll`), and the
 * embed pages, which other sites frame.
 */
const NOT_FOR_CONTENT_LINKS = [
  /^_astro\//,
  /^pagefind\//,
  /^admin\/(?!index\.html$)/,
  new RegExp(`^${ROUTES.cards.slice(1)}.+`),
  /\/\d+\/index\.html$/,
  /^sitemap-\d+\.xml$/,
  /^_headers$/,
  /^nginx-security\.conf$/,
  /^\.nojekyll$/,
  // Embed pages and their oEmbed documents are for other sites' frames, not for the site's own links.
  new RegExp(`^${EMBED_FOLDER}/`),
];

let scratch: string | undefined;
afterAll(() => scratch && rmSync(scratch, { recursive: true, force: true }));

describe('the check knows every route the build makes', () => {
  it('accepts a content link to each page and file of the built default site', () => {
    assertBuilt();
    const targets = listSiteFiles(DIST)
      .map((file) => file.split(path.sep).join('/'))
      .filter((file) => !NOT_FOR_CONTENT_LINKS.some((pattern) => pattern.test(file)))
      .map((file) => '/' + file.replace(/(^|\/)index\.html$/, '$1'));
    expect(targets).toContain(ROUTES.cardManifest);
    expect(targets).toContain(ROUTES.colours);
    expect(targets.length).toBeGreaterThan(100);
    // A copy of the content with one story that links to all of them.
    scratch = mkdtempSync(path.join(os.tmpdir(), 'oogst-routes-'));
    const content = path.join(scratch, 'content');
    cpSync(resolveContentDir(), content, { recursive: true });
    const storyFile = path.join(
      content,
      'stories',
      readdirSync(path.join(content, 'stories')).find((name) => name.endsWith('.mdx'))!,
    );
    const links = targets.map((target, index) => `[${index + 1}](${target})`).join(' ');
    writeFileSync(storyFile, `${readFileSync(storyFile, 'utf8')}\n\nAlle adressen: ${links}\n`);
    const linkProblems = checkContent(content).filter((problem) => problem.severity === 'error' && problem.field === 'link');
    expect(linkProblems.map((problem) => problem.message)).toEqual([]);
  });
});
