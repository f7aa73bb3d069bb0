import { describe, expect, it } from 'vitest';
import { renderResult } from './result-template.ts';

const IDEA = 'Uit de dialoogtafels';

describe('renderResult', () => {
  it('shows the type, an escaped title link, the marked excerpt and a decorative image', () => {
    const html = renderResult(
      {
        url: '/verhalen/x/',
        excerpt: 'een <mark>buurt</mark>app',
        meta: { title: 'Buren & <b>straat</b>', image: '/_astro/x.webp' },
        filters: { type: ['Verhaal'] },
      },
      IDEA,
    );
    expect(html).toContain('<p class="oogst-result__type">Verhaal</p>');
    expect(html).toContain('<a href="/verhalen/x/">Buren &amp; &lt;b&gt;straat&lt;/b&gt;</a>');
    expect(html).toContain('<p class="oogst-result__excerpt">een <mark>buurt</mark>app</p>');
    expect(html).toContain('<img class="oogst-result__image" src="/_astro/x.webp" alt=""');
  });

  it('makes each matching idea of a record a link to it, with compounds as written, with kind and theme in the type line', () => {
    const html = renderResult(
      {
        url: '/themas/wonen/#idee-00002',
        excerpt: 'Maak een <mark>buurtApp</mark>. Meer groen.',
        meta: { title: 'Idee' },
        filters: { type: [IDEA], soort: ['Idee'], thema: ['Wonen'] },
        sub_results: [
          { title: 'Maak een buurtApp.', url: '/themas/wonen/#idee-00007', excerpt: 'Maak een <mark>buurtApp</mark>.' },
          { title: 'Een buurtHuis.', url: '/themas/wonen/#idee-00009', excerpt: 'Een <mark>buurtHuis</mark>.' },
        ],
      },
      IDEA,
    );
    expect(html).toContain('Uit de dialoogtafels · Idee · Wonen');
    expect(html).toContain('<p class="oogst-result__title"><a href="/themas/wonen/#idee-00007">Maak een <mark>buurtapp</mark>.</a></p>');
    expect(html).toContain('<li><a href="/themas/wonen/#idee-00009">Een <mark>buurthuis</mark>.</a></li>');
    expect(html).not.toContain('oogst-result__excerpt');
  });

  it('lists every idea of a record when nothing matches (a search by filters only)', () => {
    const anchors = [
      { id: 'idee-00002', text: 'Maak een buurtApp & meer.' },
      { id: 'idee-00005', text: 'Meer groen.' },
    ];
    const html = renderResult(
      {
        url: '/themas/wonen/#idee-00002',
        excerpt: 'Maak een buurtApp. Meer groen.',
        meta: { title: 'Idee' },
        filters: { type: [IDEA] },
        anchors,
        sub_results: [],
      },
      IDEA,
    );
    expect(html).toContain('<p class="oogst-result__title"><a href="/themas/wonen/#idee-00002">Maak een buurtapp &amp; meer.</a></p>');
    expect(html).toContain('<li><a href="/themas/wonen/#idee-00005">Meer groen.</a></li>');
  });

  it('refuses links that are not site or web addresses', () => {
    expect(renderResult({ url: 'javascript:alert(1)', excerpt: '', meta: { title: 'x' } }, IDEA)).toContain('href="#"');
    expect(renderResult({ url: '//evil.example/', excerpt: '', meta: { title: 'x' } }, IDEA)).toContain('href="#"');
  });

  it('links up to three matching sections of the page, but not the page itself', () => {
    const sections = ['a', 'b', 'c', 'd'].map((id) => ({ title: `Vraag ${id}`, url: `/veelgestelde-vragen/#${id}`, excerpt: '' }));
    const html = renderResult(
      {
        url: '/veelgestelde-vragen/',
        excerpt: '',
        meta: { title: 'Vragen' },
        sub_results: [{ title: 'Vragen', url: '/veelgestelde-vragen/', excerpt: '' }, ...sections],
      },
      IDEA,
    );
    expect(html.match(/<li><a href="\/veelgestelde-vragen\/#[abc]">Vraag [abc]<\/a><\/li>/g)).toHaveLength(3);
    expect(html).not.toContain('#d');
  });
});
