import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { readFrontMatter } from '../../src/model/front-matter.ts';
import { planScaffold, SCAFFOLD_KINDS, slugify } from '../../scripts/lib/scaffold.ts';
import { copyContent, SCRIPT_NODE, scriptArgs } from './helpers.ts';

let content: ReturnType<typeof copyContent>;
afterEach(() => content?.cleanup());

const runNew = (...args: string[]) =>
  spawnSync(SCRIPT_NODE, scriptArgs('new', ...args), { encoding: 'utf8', env: { ...process.env, OOGST_CONTENT_DIR: content.dir } });

describe('npm run new', () => {
  it('makes slugs of lower-case letters, digits and hyphens', () => {
    expect(slugify('Één straat, één app!')).toBe('een-straat-een-app');
    expect(slugify("Zzp'ers & de crisis")).toBe('zzpers-de-crisis');
    expect(slugify('a'.repeat(30) + ' ' + 'b'.repeat(40)).length).toBeLessThanOrEqual(60);
  });

  it.each(Object.keys(SCAFFOLD_KINDS))('creates a %s that passes the check without errors', (kind) => {
    content = copyContent();
    const result = runNew(kind, 'Hoe maken we de binnenstad weer levendig?');
    expect(result.status, result.stderr).toBe(0);
    const problems = checkContent(content.dir);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    // The editor is told where the placeholder text is.
    expect(problems.some((problem) => /van npm run new/.test(problem.message))).toBe(true);
  });

  it('writes a story as a draft, with a placeholder image and Dutch comments', () => {
    content = copyContent();
    expect(runNew('story', 'Samen koken in de wijk').stdout).toContain('stories/samen-koken-in-de-wijk.mdx');
    const text = readFileSync(path.join(content.dir, 'stories/samen-koken-in-de-wijk.mdx'), 'utf8');
    expect(text).toContain('# Soort: knel (wat knelde)');
    expect(readFrontMatter(text).data).toMatchObject({
      title: 'Samen koken in de wijk',
      draft: true,
      themes: ['wonen'],
      hero: { src: './images/samen-koken-in-de-wijk.svg' },
    });
    expect(existsSync(path.join(content.dir, 'stories/images/samen-koken-in-de-wijk.svg'))).toBe(true);
  });

  it('numbers a new chapter after the existing ones', () => {
    content = copyContent();
    const plan = planScaffold('chapter', 'Wat we leerden', content.dir);
    expect('files' in plan && readFrontMatter(plan.files[0]!.content).data?.['order']).toBe(2);
  });

  it('makes a follow-up under its Dutch name, without a status of its own and with a step that names an existing source', () => {
    content = copyContent();
    content.write(
      'sources/raadsbrief.md',
      '---\ntitle: Raadsbrief\ndate: 2021-06\npublisher: De gemeente\nkind: record\n---\nEen brief.\n',
    );
    const result = runNew('opvolging', 'Een loket voor ondernemers');
    expect(result.status, result.stderr).toBe(0);
    const data = readFrontMatter(readFileSync(path.join(content.dir, 'followups/een-loket-voor-ondernemers.md'), 'utf8')).data;
    expect(data).toMatchObject({ title: 'Een loket voor ondernemers', example: false });
    expect(data).not.toHaveProperty('status');
    expect((data?.['updates'] as { source: string; text: string }[])[0]).toMatchObject({
      source: 'raadsbrief',
      text: expect.stringMatching(/^VERVANG/),
    });
  });

  it('makes a follow-up whose one step is an example when the content folder has no sources yet', () => {
    content = copyContent();
    expect(runNew('opvolging', 'Een loket voor ondernemers').status).toBe(0);
    const data = readFrontMatter(readFileSync(path.join(content.dir, 'followups/een-loket-voor-ondernemers.md'), 'utf8')).data;
    expect((data?.['updates'] as { example: boolean }[])[0]?.example).toBe(true);
  });

  it('refuses a duplicate slug and leaves the existing file alone', () => {
    content = copyContent();
    const before = readFileSync(path.join(content.dir, 'stories/boodschappen-voor-de-straat.mdx'), 'utf8');
    const result = runNew('story', 'Boodschappen voor de straat');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('er bestaat al een story met de slug "boodschappen-voor-de-straat"');
    expect(readFileSync(path.join(content.dir, 'stories/boodschappen-voor-de-straat.mdx'), 'utf8')).toBe(before);
  });

  it('refuses an unknown kind and a title the card cannot hold', () => {
    content = copyContent();
    expect(planScaffold('blog', 'Iets', content.dir)).toEqual({ error: expect.stringContaining('kies uit: story, insight') });
    expect(planScaffold('story', 'x'.repeat(101), content.dir)).toEqual({ error: expect.stringContaining('titel van 5 tot 100 tekens') });
  });
});
