import { describe, expect, it } from 'vitest';
import { buildsAlone, conflict, planBuildGroups, sharedBuild, type GroupableCase } from './corpus-groups.ts';

/** A safe case that writes `writes`, with the given texts. */
function item(name: string, writes: string[], extra: Partial<GroupableCase> = {}): GroupableCase {
  return { name, writes, removes: [], texts: [], ownTexts: [], sought: [], ...extra };
}

describe('which broken-content cases can share a build', () => {
  it('keeps apart cases that write the same file, or a file inside a folder the other writes', () => {
    expect(conflict(item('a', ['stories/x.mdx']), item('b', ['stories/x.mdx']))).toMatch(/beide schrijven/);
    expect(conflict(item('a', ['stories']), item('b', ['stories/x.mdx']))).toMatch(/beide schrijven/);
    expect(conflict(item('a', ['stories/x.mdx']), item('b', ['ideas.csv']))).toBeUndefined();
    expect(conflict(item('a', ['stories/x.mdx']), item('b', ['stories/x.mdx.bak']))).toBeUndefined();
  });

  it('keeps apart a case that writes a file and one whose files (or their site-minimal versions) name it', () => {
    const drawing = item('drawing', ['stories/images/straat.svg']);
    const story = item('story', ['stories/x.mdx'], { texts: ['hero: ./images/straat.svg'] });
    expect(conflict(drawing, story)).toMatch(/story noemt straat\.svg/);
    expect(conflict(story, drawing)).toMatch(/story noemt straat\.svg/);
  });

  it("keeps apart a case whose files hold a text the other's pages must show, also as markup would escape it", () => {
    const seeker = item('seeker', ['themes/wonen.md'], { sought: ['&lt;em&gt;Wonen&lt;/em&gt;'] });
    expect(conflict(seeker, item('holder', ['ideas.csv'], { ownTexts: ['T01,<em>Wonen</em>'] }))).toMatch(/holder bevat/);
    expect(conflict(seeker, item('other', ['ideas.csv'], { ownTexts: ['T01,Werken'] }))).toBeUndefined();
  });

  it('builds alone a case that changes site.yaml or deletes part of site-minimal', () => {
    expect(buildsAlone(item('settings', ['site.yaml']))).toMatch(/site\.yaml/);
    expect(buildsAlone(item('empty', [], { removes: ['faq'] }))).toMatch(/verwijdert/);
    expect(buildsAlone(item('story', ['stories/x.mdx']))).toBeUndefined();
  });

  it('plans groups without conflicts, alone cases alone, spread over the groups', () => {
    const groups = planBuildGroups([
      item('s1', ['stories/x.mdx']),
      item('s2', ['stories/x.mdx']),
      item('s3', ['stories/x.mdx']),
      item('i1', ['ideas.csv']),
      item('i2', ['ideas.csv']),
      item('f1', ['faq/a.md']),
      item('settings', ['site.yaml']),
    ]);
    const names = groups.map((group) => group.map((member) => member.name).sort());
    expect(names[0]).toEqual(['settings']);
    expect(names.flat().sort()).toEqual(['f1', 'i1', 'i2', 's1', 's2', 's3', 'settings']);
    expect(groups).toHaveLength(4);
    for (const group of groups)
      for (const [index, member] of group.entries())
        for (const other of group.slice(index + 1)) expect(conflict(member, other)).toBeUndefined();
  });

  it('makes a shared build once, when first asked, and removes it after the last member', async () => {
    let made = 0;
    const removed: number[] = [];
    const build = sharedBuild(
      2,
      async () => ++made,
      (result) => removed.push(result),
    );
    expect(made).toBe(0);
    expect(await Promise.all([build.result(), build.result()])).toEqual([1, 1]);
    await build.release();
    expect(removed).toEqual([]);
    await build.release();
    expect(removed).toEqual([1]);
    expect(made).toBe(1);
  });
});
