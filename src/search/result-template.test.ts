import { describe, expect, it } from 'vitest';
import { renderResult } from './result-template';

const IDEA = 'Uit de dialoogtafels';

describe('renderResult', () => {
  it('shows the type, an escaped title link, the marked excerpt and a decorative image', () => {
    const html = renderResult(
      { url: '/verhalen/x/', excerpt: 'een <mark>buurt</mark>app', meta: { title: 'Buren & <b>straat</b>', image: '/_astro/x.webp' }, filters: { type: ['Verhaal'] } },
      IDEA,
    );
    expect(html).toContain('<p class="oogst-result__type">Verhaal</p>');
    expect(html).toContain('<a href="/verhalen/x/">Buren &amp; &lt;b&gt;straat&lt;/b&gt;</a>');
    expect(html).toContain('<p class="oogst-result__excerpt">een <mark>buurt</mark>app</p>');
    expect(html).toContain('<img class="oogst-result__image" src="/_astro/x.webp" alt=""');
  });

  it('makes an idea its own link text, with compounds as written, with kind and theme in the type line', () => {
    const html = renderResult(
      { url: '/themas/wonen/#idee-00002', excerpt: 'Maak een <mark>buurtApp</mark>.', meta: { title: 'Idee' }, filters: { type: [IDEA], soort: ['Idee'], thema: ['Wonen'] } },
      IDEA,
    );
    expect(html).toContain('Uit de dialoogtafels · Idee · Wonen');
    expect(html).toContain('<a href="/themas/wonen/#idee-00002">Maak een <mark>buurtapp</mark>.</a>');
    expect(html).not.toContain('oogst-result__excerpt');
  });

  it('refuses links that are not site or web addresses', () => {
    expect(renderResult({ url: 'javascript:alert(1)', excerpt: '', meta: { title: 'x' } }, IDEA)).toContain('href="#"');
    expect(renderResult({ url: '//evil.example/', excerpt: '', meta: { title: 'x' } }, IDEA)).toContain('href="#"');
  });

  it('links up to three matching sections of the page, but not the page itself', () => {
    const sections = ['a', 'b', 'c', 'd'].map((id) => ({ title: `Vraag ${id}`, url: `/veelgestelde-vragen/#${id}`, excerpt: '' }));
    const html = renderResult(
      { url: '/veelgestelde-vragen/', excerpt: '', meta: { title: 'Vragen' }, sub_results: [{ title: 'Vragen', url: '/veelgestelde-vragen/', excerpt: '' }, ...sections] },
      IDEA,
    );
    expect(html.match(/<li><a href="\/veelgestelde-vragen\/#[abc]">Vraag [abc]<\/a><\/li>/g)).toHaveLength(3);
    expect(html).not.toContain('#d');
  });
});
