import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyFixture, freshCacheDir } from '../support/build-site.ts';

/** What must never be all an editor gets: code's own English wording and a stack trace. */
const ENGLISH_INTERNALS = /Cannot read propert|is not a function|undefined is not|Stack trace|\n\s+at .+:\d+:\d+/;

describe('an error while Astro renders a page', () => {
  it('stops the build with a Dutch message naming the content file of the page, its line and the fix, without a stack trace', () => {
    // A story whose body uses <Quote>, built with a Quote component that throws (tests/fixtures/render-error/).
    const dir = copyFixture('site-minimal');
    const story = path.join(dir, 'stories/boodschappen-voor-de-straat.mdx');
    writeFileSync(story, `${readFileSync(story, 'utf8')}\n<Quote by="een bewoner">We kennen elkaar nu.</Quote>\n`);
    const cacheDir = freshCacheDir();
    const { status, output, outDir } = buildSite(dir, { OOGST_CACHE_DIR: cacheDir }, undefined, [
      '--config',
      'tests/fixtures/render-error/astro.config.mjs',
    ]);
    try {
      expect(status, output).not.toBe(0);
      expect(output).toContain('De build is gestopt bij het maken van een pagina');
      expect(output).toMatch(
        /FOUT \S*stories\/boodschappen-voor-de-straat\.mdx:1 veld \(pagina\): de pagina \/verhalen\/boodschappen-voor-de-straat\/ kon niet worden gemaakt → oplossing: controleer /,
      );
      expect(output).not.toMatch(ENGLISH_INTERNALS);
      // The technical details wait for the site's maintainer in the cache folder, not in the output.
      expect(readFileSync(path.join(cacheDir, 'oogst-renderfout.txt'), 'utf8')).toContain('/verhalen/boodschappen-voor-de-straat/');
    } finally {
      for (const folder of [dir, cacheDir, path.dirname(outDir)]) rmSync(folder, { recursive: true, force: true });
    }
  }, 240_000);
});
