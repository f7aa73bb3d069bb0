import { describe, expect, it } from 'vitest';
import { EMBED_WIDTH, estimateEmbedHeight, iframeCode, imageCode, oembedDocument, svgSize, type EmbedTarget } from './embed-code.ts';

const target: EmbedTarget = {
  title: 'Tafels "per" maand & <meer>',
  alt: 'In maart waren de meeste tafels.',
  embedUrl: 'https://example.nl/dialoog/insluiten/tafels/',
  pageUrl: 'https://example.nl/dialoog/cijfers/tafels/',
  imageUrl: 'https://example.nl/dialoog/cijfers/tafels.png',
  image: { width: 768, height: 400 },
  thumbnail: { width: 1536, height: 800 },
  height: 480,
};

/** Parses a code snippet as a browser would, without a browser: the attributes of its elements. */
function attributesOf(html: string, tag: string): Record<string, string> {
  const element = new RegExp(`<${tag}\\b([^>]*)>`).exec(html)?.[1] ?? '';
  const decode = (value: string) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return Object.fromEntries([...element.matchAll(/\s([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, decode(value!)]));
}

describe('embed codes', () => {
  it('frames the embed page with a title that names the chart, the full width up to the layout width, and no border', () => {
    const code = iframeCode(target, 'Grafiek');
    expect(code).toMatch(/^<iframe [^<]*><\/iframe>$/);
    expect(attributesOf(code, 'iframe')).toEqual({
      src: target.embedUrl,
      title: 'Grafiek: Tafels "per" maand & <meer>',
      width: String(EMBED_WIDTH),
      height: '480',
      loading: 'lazy',
      style: `width:100%;max-width:${EMBED_WIDTH}px;border:0`,
    });
  });

  it('offers the PNG with its alt text, linked to the chart page, for places that take no iframes', () => {
    const code = imageCode(target);
    expect(attributesOf(code, 'a')).toEqual({ href: target.pageUrl });
    expect(attributesOf(code, 'img')).toMatchObject({ src: target.imageUrl, alt: target.alt, width: '768', height: '400' });
  });

  it('writes an oEmbed rich document whose html is the iframe code, with the PNG as thumbnail at its own pixel size', () => {
    const document = oembedDocument(target, { name: 'Dialoog', url: 'https://example.nl/dialoog' }, 'Grafiek');
    expect(document).toEqual({
      version: '1.0',
      type: 'rich',
      title: target.title,
      provider_name: 'Dialoog',
      provider_url: 'https://example.nl/dialoog',
      html: iframeCode(target, 'Grafiek'),
      width: EMBED_WIDTH,
      height: 480,
      thumbnail_url: target.imageUrl,
      thumbnail_width: 1536,
      thumbnail_height: 800,
    });
  });

  it('reads the outer size of a standalone SVG and refuses one without it', () => {
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 5" width="768" height="400.4"><rect/></svg>')).toEqual({
      width: 768,
      height: 400,
    });
    expect(() => svgSize('<svg viewBox="0 0 10 5"></svg>')).toThrow(/breedte en hoogte/);
  });

  it('guesses a taller frame for a taller chart and for a longer caption', () => {
    const base = estimateEmbedHeight({ width: 720, height: 300 }, { title: 'Titel', caption: 'Kort.' });
    expect(estimateEmbedHeight({ width: 720, height: 400 }, { title: 'Titel', caption: 'Kort.' })).toBeGreaterThan(base);
    expect(estimateEmbedHeight({ width: 720, height: 300 }, { title: 'Titel', caption: 'Lang. '.repeat(40) })).toBeGreaterThan(base);
  });
});
