import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture } from '../support/build-site.ts';
import { sharedBuild, type SharedBuild } from '../support/shared-build.ts';

describe('building a small content folder', () => {
  let built: SharedBuild;
  beforeAll(() => {
    // The plain build of the fixture that other files read too (tests/cards/cards-build.test.ts):
    // made by the first of them, or waited for while another makes it.
    built = sharedBuild('tests/fixtures/site-minimal');
  });

  it('builds every page type from the minimal fixture', () => {
    const { status, output, outDir } = built;
    expect(status, output).toBe(0);
    for (const page of [
      'index.html',
      'themas/wonen/index.html',
      'inzichten/samenleving-veerkrachtig/index.html',
      'verhalen/boodschappen-voor-de-straat/index.html',
      'eindproduct/inleiding/index.html',
      'eindproduct/alles/index.html',
      'veelgestelde-vragen/index.html',
      'over/index.html',
      'dialoogtafels/index.html',
      '404.html',
      'rss.xml',
    ]) {
      expect(existsSync(path.join(outDir, page)), page).toBe(true);
    }
    const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('Testdialoog');
    // Key figures come from tables.csv (8 + 6 participants), never typed twice.
    expect(home).toMatch(/<strong>8<\/strong>\s*burgers/);
    // Citizen text is escaped, never markup.
    const theme = readFileSync(path.join(outDir, 'themas/werken/index.html'), 'utf8');
    expect(theme).toContain('&lt;b&gt;Thuiswerken&lt;/b&gt;');
  });

  it('stops with the file, field and a suggestion when a story names a theme that does not exist', () => {
    const dir = copyFixture('site-minimal');
    const story = path.join(dir, 'stories/boodschappen-voor-de-straat.mdx');
    writeFileSync(story, readFileSync(story, 'utf8').replace('themes: [wonen]', 'themes: [wonne]'));
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('boodschappen-voor-de-straat.mdx');
    expect(output).toMatch(/veld themes: "wonne" bestaat niet.*bedoel je "wonen"/);
  });

  it('stops with the row number when an idea points to a missing dialogue table', () => {
    const dir = copyFixture('site-minimal');
    const ideas = path.join(dir, 'ideas.csv');
    writeFileSync(ideas, `${readFileSync(ideas, 'utf8')}T99,wonen,idee,Een idee van een tafel die niet bestaat.,ja\n`);
    const { status, output } = buildSite(dir);
    expect(status).not.toBe(0);
    // The build reports it as npm run check does (the content gate runs the check first).
    expect(output).toMatch(/ideas\.csv:5 veld table: "T99" bestaat niet/);
  });
});
