import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFrontMatterProblems } from './front-matter-check';

describe('front matter checks the YAML parser cannot do', () => {
  it('reports a date that does not exist, which YAML would quietly roll over', () => {
    const text = '---\ntitle: Test\ndate: 2021-13-45\nupdated: "2021-02-29"\n---\nDatum 2021-99-99 in de tekst telt niet.\n';
    expect(findFrontMatterProblems('/x/story.mdx', text)).toEqual([
      { line: 3, field: 'date', message: expect.stringContaining('"2021-13-45" bestaat niet als datum') },
      { line: 4, field: 'updated', message: expect.stringContaining('"2021-02-29" bestaat niet') },
    ]);
  });

  it('accepts real dates, including 29 February in a leap year, and checks whole YAML files', () => {
    expect(findFrontMatterProblems('/x/a.md', '---\ndate: 2020-02-29\n---\n')).toEqual([]);
    expect(findFrontMatterProblems('/x/site.yaml', 'closedOn: 2021-10-32\n')).toHaveLength(1);
  });

  it('reports a relative image path that points to no file, and accepts one that exists', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'oogst-fm-'));
    writeFileSync(path.join(dir, 'straat.svg'), '<svg/>');
    const story = path.join(dir, 'story.mdx');
    const problems = findFrontMatterProblems(story, '---\nhero:\n  src: ./ontbreekt.jpg\n  alt: x\n---\n');
    expect(problems).toEqual([{ line: 3, field: 'src', message: expect.stringContaining('"./ontbreekt.jpg" bestaat niet naast dit bestand') }]);
    expect(findFrontMatterProblems(story, '---\nhero:\n  src: ./straat.svg\n---\n')).toEqual([]);
  });
});
