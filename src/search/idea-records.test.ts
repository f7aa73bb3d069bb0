import { describe, expect, it } from 'vitest';
import { findIdeas, groupIdeas, ideaGroupHtml, ideaGroupUrl, type IdeaOnPage } from './idea-records.ts';

const page = `<ul data-pagefind-ignore>
  <li id="idee-00002" data-idea-kind="Idee" data-idea-theme="Wonen">Maak van elke straat een buurtapp.</li>
  <li id="idee-00004" data-idea-kind="Kiem" data-idea-theme="Zorg &amp; gezondheid">&lt;b&gt;Thuiswerken&lt;/b&gt; bleek prima.</li>
  <li>Geen idee</li>
</ul>`;

describe('findIdeas', () => {
  it('finds every marked idea with its anchor, kind, theme and decoded text', () => {
    expect(findIdeas(page)).toEqual([
      { id: 'idee-00002', kind: 'Idee', theme: 'Wonen', text: 'Maak van elke straat een buurtapp.' },
      { id: 'idee-00004', kind: 'Kiem', theme: 'Zorg & gezondheid', text: '<b>Thuiswerken</b> bleek prima.' },
    ]);
  });

  it('reads a theme title with markup in it, where ">" sits inside a quoted attribute', () => {
    const html = '<li id="idee-00002" data-idea-kind="Idee" data-idea-theme="<em>Wonen</em> &amp; buurt">Meer groen.</li>';
    expect(findIdeas(html)).toEqual([{ id: 'idee-00002', kind: 'Idee', theme: '<em>Wonen</em> & buurt', text: 'Meer groen.' }]);
  });

  it('stops with a message when a marked idea lacks its theme', () => {
    expect(() => findIdeas('<li id="idee-1" data-idea-kind="Idee">Tekst</li>')).toThrow(/data-idea-theme/);
  });
});

const idea = (id: string, kind: string, track?: string, region?: string): IdeaOnPage => ({
  id,
  kind,
  theme: 'Werken',
  ...(track && { track }),
  ...(region && { region }),
  text: `Tekst van ${id}`,
});

describe('groupIdeas', () => {
  it('puts ideas of the same kind, track and region together, in page order', () => {
    const ideas = [
      idea('a', 'Idee', 'Burgers', 'Zeeland'),
      idea('b', 'Kiem', 'Burgers', 'Zeeland'),
      idea('c', 'Idee', 'Burgers', 'Zeeland'),
      idea('d', 'Idee', 'Bestuur', 'Zeeland'),
      idea('e', 'Idee'),
    ];
    const groups = groupIdeas(ideas, '/themas/werken/');
    expect(groups.map((group) => group.ideas.map(({ id }) => id))).toEqual([['a', 'c'], ['b'], ['d'], ['e']]);
    expect(groups[0]).toMatchObject({ pageUrl: '/themas/werken/', kind: 'Idee', theme: 'Werken', track: 'Burgers', region: 'Zeeland' });
    expect(groups[3]).not.toHaveProperty('track');
  });

  it('starts a new group when one is full, so no record grows without bound', () => {
    const ideas = Array.from({ length: 5 }, (_, index) => idea(`i${index}`, 'Idee', 'Burgers', 'Zeeland'));
    expect(groupIdeas(ideas, '/themas/werken/', 2).map((group) => group.ideas.length)).toEqual([2, 2, 1]);
  });
});

describe('ideaGroupHtml', () => {
  it('files the group under type, theme, track, region and kind, with every idea a heading at its own anchor', () => {
    const [group] = groupIdeas(
      [idea('idee-7', 'Knelpunt', 'Burgers', 'Zeeland'), idea('idee-9', 'Knelpunt', 'Burgers', 'Zeeland')],
      '/themas/werken/',
    );
    const html = ideaGroupHtml(group!, 'Uit de dialoogtafels', (item) => `${item.text} & <meer>`);
    expect(ideaGroupUrl(group!)).toBe('/themas/werken/#idee-7');
    for (const filter of ['type:Uit de dialoogtafels', 'thema:Werken', 'spoor:Burgers', 'regio:Zeeland', 'soort:Knelpunt']) {
      expect(html).toContain(`data-pagefind-filter="${filter}"`);
    }
    expect(html).toContain('data-pagefind-meta="title:Knelpunt"');
    expect(html).toContain('<h3 id="idee-7" data-pagefind-weight="1">Tekst van idee-7 &amp; &lt;meer&gt;</h3>');
    expect(html).toContain('<h3 id="idee-9" data-pagefind-weight="1">');
    expect(html).toContain('data-pagefind-body');
  });

  it('leaves out the track and region filters of ideas whose table gives none', () => {
    const [group] = groupIdeas([idea('idee-1', 'Idee')], '/themas/werken/');
    const html = ideaGroupHtml(group!, 'Uit de dialoogtafels');
    expect(html).not.toContain('spoor:');
    expect(html).not.toContain('regio:');
  });

  it('labels a group of example ideas in its title and in the herkomst filter, and never mixes examples with real ideas', () => {
    const example = { ...idea('idee-2', 'Idee'), example: 'Voorbeeld' };
    const groups = groupIdeas([idea('idee-1', 'Idee'), example], '/themas/werken/');
    expect(groups).toHaveLength(2);
    const html = ideaGroupHtml(groups[1]!, 'Uit de dialoogtafels');
    expect(html).toContain('data-pagefind-meta="title:Idee (voorbeeld)"');
    expect(html).toContain('data-pagefind-filter="herkomst:Voorbeeld"');
    expect(ideaGroupHtml(groups[0]!, 'Uit de dialoogtafels')).not.toContain('herkomst:');
  });
});
