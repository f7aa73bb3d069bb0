import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST } from '../support/dist.ts';
import {
  fileForPath,
  findBrokenLinks,
  findThirdPartyRequests,
  findUnsafeNewWindows,
  scanSite,
  type ScannedPage,
} from './lib/site-checks.ts';

let pages: ScannedPage[];

beforeAll(() => {
  assertBuilt();
  pages = scanSite(DIST);
});

describe('the built site', () => {
  it('has no broken internal link, image, script, stylesheet or fragment', () => {
    expect(pages.length).toBeGreaterThan(5);
    expect(findBrokenLinks(DIST, pages)).toEqual([]);
  });

  it('lists only pages that exist in its sitemap', () => {
    const sitemaps = readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8');
    const missing: string[] = [];
    for (const sitemap of sitemaps.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const xml = readFileSync(path.join(DIST, new URL(sitemap[1] ?? '').pathname), 'utf8');
      for (const loc of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
        const url = new URL(loc[1] ?? '');
        if (!fileForPath(DIST, url.pathname)) missing.push(url.pathname);
      }
    }
    expect(missing).toEqual([]);
  });

  it('loads no script, style, font, image or frame from another origin', () => {
    expect(findThirdPartyRequests(DIST, pages)).toEqual([]);
  });

  it('gives every link that opens a new window rel="noopener noreferrer"', () => {
    expect(findUnsafeNewWindows(pages)).toEqual([]);
  });

  it('passes html-validate on every page, with the committed .htmlvalidate.mjs', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(path.join(DIST, page.file));
      for (const message of report.results.flatMap((result) => result.messages)) {
        problems.push(`${page.url} ${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
