import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { completePagePolicy, parsePolicy, readMetaPolicy, serialisePolicy } from '../../src/integrations/security/csp.ts';
import { pathsOfPage } from '../../src/integrations/security/headers.ts';
import { NGINX_FILE, NO_JEKYLL_FILE } from '../../src/integrations/security.ts';
import { ADMIN_FOLDER } from '../../src/cms/admin-folder.ts';
import { EMBED_FOLDER } from '../../src/data/routes.ts';
import { isEmbedFile } from '../../src/embed/embed-folder.ts';
import { assertBuilt, DIST, listSiteFiles } from '../support/dist.ts';

let htmlFiles: string[];
let headersFile: string;

beforeAll(() => {
  assertBuilt();
  htmlFiles = listSiteFiles(DIST).filter((file) => file.endsWith('.html'));
  // Every test below loops over the pages: with none they would pass without checking anything.
  expect(htmlFiles.length).toBeGreaterThan(0);
  headersFile = readFileSync(path.join(DIST, '_headers'), 'utf8');
});

/** Whether a `_headers` path pattern matches a URL path: exact, or a prefix ending in `*`. */
const matches = (pattern: string, url: string) => (pattern.endsWith('*') ? url.startsWith(pattern.slice(0, -1)) : pattern === url);

/** Who may frame a page: other sites only the embed pages, nobody any other page. */
const frameAncestors = (file: string) => (isEmbedFile(file) ? 'frame-ancestors *' : "frame-ancestors 'none'");

/**
 * The Content-Security-Policy _headers gives a path. Hosts join the headers of every rule that
 * matches, so exactly one rule with a CSP may match: two would both be enforced.
 */
function headerCspFor(url: string): string | undefined {
  const rules = headersFile
    .split(/\n(?=\/)/)
    .map((block) => ({ pattern: block.split('\n')[0] ?? '', csp: /Content-Security-Policy: (.*)/.exec(block)?.[1] }))
    .filter((rule) => rule.csp !== undefined && matches(rule.pattern, url));
  if (rules.length > 1) throw new Error(`${url} krijgt ${rules.length} CSP's: van ${rules.map((rule) => rule.pattern).join(', ')}`);
  return rules[0]?.csp;
}

describe('content security policy and headers of the built site', () => {
  it('gives every page a CSP that allows its own inline scripts, styles and style attributes, without unsafe-inline', () => {
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const html = readFileSync(path.join(DIST, file), 'utf8');
      const meta = readMetaPolicy(html);
      if (!meta) {
        problems.push(`${file}: geen CSP`);
        continue;
      }
      expect(meta).not.toContain("'unsafe-inline'");
      const completed = completePagePolicy(meta, html);
      problems.push(...completed.problems.map((problem) => `${file}: ${problem}`));
      // The integration already completed the meta policy: completing again changes nothing.
      if (serialisePolicy(completed.policy) !== serialisePolicy(parsePolicy(meta)))
        problems.push(`${file}: hashes van style-attributen ontbreken`);
      for (const directive of ['default-src', 'base-uri', 'form-action', 'object-src']) {
        if (!parsePolicy(meta).has(directive)) problems.push(`${file}: ${directive} ontbreekt`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('sends the same policy as a header for every path a page is served at, plus frame-ancestors', () => {
    expect(htmlFiles.filter(isEmbedFile).length).toBeGreaterThan(0);
    for (const file of htmlFiles) {
      const meta = serialisePolicy(parsePolicy(readMetaPolicy(readFileSync(path.join(DIST, file), 'utf8')) ?? ''));
      for (const url of pathsOfPage(file)) expect(headerCspFor(url), url).toBe(`${meta}; ${frameAncestors(file)}`);
    }
  });

  it('gives the CMS at /admin/ its own policy, in one rule for its folder that no public rule overlaps', () => {
    const meta = readMetaPolicy(readFileSync(path.join(DIST, ADMIN_FOLDER, 'index.html'), 'utf8'));
    expect(meta).toBeDefined();
    const policy = `${serialisePolicy(parsePolicy(meta ?? ''))}; frame-ancestors 'none'`;
    for (const url of [`/${ADMIN_FOLDER}/`, `/${ADMIN_FOLDER}/index.html`, `/${ADMIN_FOLDER}/cms.js`])
      expect(headerCspFor(url), url).toBe(policy);
    // Its policy is the CMS's, not the public pages': those stay free of 'unsafe-inline'.
    expect(headerCspFor('/')).not.toContain("'unsafe-inline'");
    // A handful of rules for the site's sections, not one per page.
    expect(headersFile.match(/Content-Security-Policy/g)?.length ?? 0).toBeLessThan(htmlFiles.length / 2);
  });

  it('sends HSTS, nosniff, a referrer policy for every path, and forbids framing everywhere but the embed pages', () => {
    const blocks = headersFile.split(/\n(?=\/)/).filter((block) => !block.startsWith('#'));
    const all = blocks.find((part) => part.startsWith('/*\n')) ?? '';
    expect(all).toMatch(/Strict-Transport-Security: max-age=(\d{8,}|3153[6-9]\d{3})/);
    expect(all).toContain('X-Content-Type-Options: nosniff');
    expect(all).toMatch(/Referrer-Policy: (no-referrer|same-origin)\n/);
    // X-Frame-Options cannot say "everyone", so it leaves /* and goes on every rule with a CSP but the embed folder's.
    for (const block of blocks.filter((part) => part.includes('Content-Security-Policy'))) {
      const embed = block.startsWith(`/${EMBED_FOLDER}/`);
      expect(block.includes('X-Frame-Options: DENY'), block.split('\n')[0]).toBe(!embed);
      expect(block.includes('X-Frame-Options'), block.split('\n')[0]).toBe(!embed);
    }
    expect(headerCspFor(`/${EMBED_FOLDER}/x/oembed.json`)).toMatch(/; frame-ancestors \*$/);
  });

  it('writes an nginx snippet with the same policies', () => {
    const nginx = readFileSync(path.join(DIST, NGINX_FILE), 'utf8');
    // Each page is either listed with its policy or gets the default, which must then be its policy.
    for (const file of htmlFiles) {
      const csp = `${serialisePolicy(parsePolicy(readMetaPolicy(readFileSync(path.join(DIST, file), 'utf8')) ?? ''))}; ${frameAncestors(file)}`;
      const [url] = pathsOfPage(file);
      const listed = new RegExp(`^  "${url!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" "(.*)";$`, 'm').exec(nginx)?.[1];
      const fallback = /^  default "(.*)";$/m.exec(nginx)?.[1];
      expect((listed ?? fallback)?.replace(/\\"/g, '"'), url).toBe(csp);
    }
    expect(nginx).toContain('add_header Content-Security-Policy $oogst_csp always;');
    expect(nginx).toContain(`~^/${EMBED_FOLDER}/ "";`);
    expect(nginx).toContain('add_header X-Frame-Options $oogst_x_frame_options always;');
    expect(nginx).toMatch(/add_header Strict-Transport-Security "max-age=\d+/);
  });

  it('publishes security.txt with a contact and an expiry date after the build', () => {
    const file = path.join(DIST, '.well-known/security.txt');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^Contact: mailto:\S+@\S+$/m);
    const expires = new Date(/^Expires: (\S+)$/m.exec(text)?.[1] ?? '');
    expect(expires.getTime()).toBeGreaterThan(Date.UTC(2021, 0, 1));
    expect(text).toMatch(/^Canonical: https:\/\/\S+\/\.well-known\/security\.txt$/m);
  });

  it('ships .nojekyll, so GitHub Pages publishes _astro/ and .well-known/ instead of dropping them as Jekyll does', () => {
    // GitHub only asks that the file exists at the root of the published site; it is a host file, so no _headers rule of its own.
    expect(readFileSync(path.join(DIST, NO_JEKYLL_FILE), 'utf8')).toBe('');
    expect(headersFile).not.toContain(`/${NO_JEKYLL_FILE}`);
    expect(existsSync(path.join(DIST, '_astro'))).toBe(true);
    expect(existsSync(path.join(DIST, '.well-known'))).toBe(true);
  });
});
