import { describe, expect, it } from 'vitest';
import { findIdeas, toIdeaRecord } from './idea-records';

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

describe('toIdeaRecord', () => {
  it('points at the idea on its theme page and files it under type, theme and kind', () => {
    const [idea] = findIdeas(page);
    expect(toIdeaRecord(idea!, '/themas/wonen/', 'Uit de dialoogtafels')).toEqual({
      url: '/themas/wonen/#idee-00002',
      content: 'Maak van elke straat een buurtapp.',
      language: 'nl',
      meta: { title: 'Idee' },
      filters: { type: ['Uit de dialoogtafels'], thema: ['Wonen'], soort: ['Idee'] },
    });
  });
});

describe('ideas with the track and region of their table', () => {
  it('files the idea under track and region too', () => {
    const html = '<li id="idee-7" data-idea-kind="Knelpunt" data-idea-theme="Werken" data-idea-track="Burgers" data-idea-region="Zeeland">Geen opdrachten meer.</li>';
    const [idea] = findIdeas(html);
    expect(toIdeaRecord(idea!, '/themas/werken/', 'Uit de dialoogtafels').filters).toEqual({
      type: ['Uit de dialoogtafels'],
      thema: ['Werken'],
      spoor: ['Burgers'],
      regio: ['Zeeland'],
      soort: ['Knelpunt'],
    });
  });
});
