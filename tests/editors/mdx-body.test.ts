import { describe, expect, it } from 'vitest';
import { findFieldLine, readFrontMatter } from '../../src/model/front-matter.ts';
import { findImages, findLinks, proseParagraphs } from '../../src/model/mdx-body.ts';

const BODY = `import Extra from '../x.astro';

Lees [het thema](/themas/wonen/) en <a href="/over/">over ons</a>.

\`\`\`md
[voorbeeld](/nergens/)
\`\`\`

{/* [oud](/weg/) */}
![Twee buren met een tas](./images/straat.svg)
<Figure src="./kaart.png" alt="Kaart van de wijk met drie nieuwe pleinen" />`;

describe('reading an MDX body', () => {
  it('finds links with their file line, not in code or comments', () => {
    expect(findLinks(BODY, 10).map((link) => [link.line, link.href])).toEqual([
      [12, '/themas/wonen/'],
      [12, '/over/'],
    ]);
  });

  it('finds Markdown images and components with a src', () => {
    expect(findImages(BODY, 10).map((image) => [image.line, image.tag, image.alt])).toEqual([
      [19, 'markdown', 'Twee buren met een tas'],
      [20, 'Figure', 'Kaart van de wijk met drie nieuwe pleinen'],
    ]);
  });

  it('gives prose without markup as paragraphs', () => {
    expect(proseParagraphs('# Kop\n\nEen **zin** met\neen [link](/x/).\n\n<Quote>los</Quote>', 5)).toEqual([
      { line: 5, text: 'Kop' },
      { line: 7, text: 'Een zin met een link.' },
    ]);
  });
});

describe('front matter', () => {
  it('finds the line of nested fields and reports where the body starts', () => {
    const file = readFrontMatter('---\ntitle: X\n# uitleg\nhero:\n  src: ./a.svg\n  alt: Iets\nthemes: [a]\n---\nTekst');
    expect(file.bodyLine).toBe(9);
    expect(findFieldLine(file.yamlText, ['hero', 'alt'])).toBe(5);
    expect(findFieldLine(file.yamlText, ['themes', 0])).toBe(6);
    expect(findFieldLine(file.yamlText, ['hero', 'missing'])).toBe(3);
  });

  it('reports YAML that cannot be read, with the file line', () => {
    const file = readFrontMatter('---\ntitle: X\nthemes: [a\n---\n');
    expect(file.data).toBeUndefined();
    expect(file.error!.line).toBeGreaterThanOrEqual(3);
  });
});
