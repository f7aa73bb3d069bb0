import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBuiltHtml } from './built-html.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(files: string[]): string {
  dir = mkdtempSync(path.join(tmpdir(), 'oogst-html-'));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), '<!doctype html>');
  }
  return dir;
}

describe('listBuiltHtml', () => {
  it('lists every page at every depth, sorted by code point, with / separators', () => {
    const out = site([
      'index.html',
      'verhalen/b/index.html',
      'verhalen/a/index.html',
      '404.html',
      'Zoeken/index.html',
      'verhalen/index.html',
    ]);
    expect(listBuiltHtml(out)).toEqual([
      '404.html',
      'Zoeken/index.html',
      'index.html',
      'verhalen/a/index.html',
      'verhalen/b/index.html',
      'verhalen/index.html',
    ]);
  });

  it('skips files that are not pages and the top-level asset folders only', () => {
    const out = site([
      'index.html',
      'rss.xml',
      'deelkaarten/verhalen/a-1080x1080.png',
      '_astro/x.html',
      'pagefind/fragment/x.html',
      'docs/_astro/page.html',
      'docs/pagefind/index.html',
    ]);
    expect(listBuiltHtml(out)).toEqual(['docs/_astro/page.html', 'docs/pagefind/index.html', 'index.html']);
  });

  it('does not follow a symbolic link, so a link back up cannot make the walk loop', () => {
    const out = site(['index.html', 'elders/index.html']);
    symlinkSync(path.join(out, 'elders'), path.join(out, 'link'));
    expect(listBuiltHtml(out)).toEqual(['elders/index.html', 'index.html']);
  });
});
