import { describe, expect, it } from 'vitest';
import { prefixIds } from './prefix-ids.ts';

describe('prefixIds', () => {
  it('prefixes every id and the in-page links to it', () => {
    const html = '<h2 id="wat-dit-vraagt">Wat dit vraagt</h2><a href="#wat-dit-vraagt">naar boven</a>';
    expect(prefixIds(html, 'zorg')).toBe('<h2 id="zorg-wat-dit-vraagt">Wat dit vraagt</h2><a href="#zorg-wat-dit-vraagt">naar boven</a>');
  });

  it('rewrites aria references and label targets, also in id lists', () => {
    const html = '<p id="a">A</p><p id="b">B</p><figure aria-labelledby="a b"></figure><label for="a"></label>';
    expect(prefixIds(html, 'h1')).toBe(
      '<p id="h1-a">A</p><p id="h1-b">B</p><figure aria-labelledby="h1-a h1-b"></figure><label for="h1-a"></label>',
    );
  });

  it('leaves links to ids outside the fragment alone', () => {
    const html = '<h2 id="x">X</h2><a href="#inhoud">inhoud</a><a href="/themas/#x">elders</a>';
    expect(prefixIds(html, 'p')).toBe('<h2 id="p-x">X</h2><a href="#inhoud">inhoud</a><a href="/themas/#x">elders</a>');
  });

  it('matches percent-encoded links to ids with accents', () => {
    const html = '<h2 id="ideeën">Ideeën</h2><a href="#idee%C3%ABn">Ideeën</a>';
    expect(prefixIds(html, 'c')).toBe('<h2 id="c-ideeën">Ideeën</h2><a href="#c-idee%C3%ABn">Ideeën</a>');
  });

  it('returns a fragment without ids unchanged', () => {
    expect(prefixIds('<p>Tekst</p>', 'c')).toBe('<p>Tekst</p>');
  });
});
