import { describe, expect, it } from 'vitest';
import {
  coversAny,
  fontFacesOf,
  isLatinOnly,
  parseUnicodeRange,
  preloadedFontsOf,
  scriptsOf,
  stylesheetsOf,
  textCodePoints,
} from './weight.ts';

describe('page-weight helpers', () => {
  it('counts module, classic and external scripts but not JSON-LD data blocks', () => {
    const html = '<script type="application/ld+json">{}</script><script type="module" src="/a.js"></script><script>1</script>';
    expect(scriptsOf(html)).toEqual([
      { src: '/a.js', type: 'module' },
      { src: undefined, type: undefined },
    ]);
  });

  it('finds linked stylesheets and preloaded fonts whatever the attribute order', () => {
    const html =
      '<link href="/s.css" rel="stylesheet"><link rel="preload" as="font" href="/f.woff2" crossorigin><link rel="icon" href="/i.svg">';
    expect(stylesheetsOf(html)).toEqual(['/s.css']);
    expect(preloadedFontsOf(html)).toEqual(['/f.woff2']);
  });

  it('reads font files and unicode ranges, including wildcards', () => {
    const [face] = fontFacesOf(
      '@font-face{font-family:x;src:url(/a.woff2)format("woff2"),url("/a.woff");unicode-range:U+0000-00FF,U+0131,U+02??}',
    );
    expect(face).toEqual({
      files: ['/a.woff2', '/a.woff'],
      ranges: [
        [0, 0xff],
        [0x131, 0x131],
        [0x200, 0x2ff],
      ],
    });
  });

  it('marks a face without unicode-range as covering every character', () => {
    const [face] = fontFacesOf('@font-face{src:url(/a.woff2)}');
    expect(face!.ranges).toBeUndefined();
    expect(coversAny(face!, new Set([0x4e00]))).toBe(true);
  });

  it('accepts Latin subsets and rejects Cyrillic and Greek ones', () => {
    expect(isLatinOnly(parseUnicodeRange('U+0000-00FF, U+0131, U+0152-0153, U+2000-206F, U+20AC, U+FEFF'))).toBe(true);
    expect(isLatinOnly(parseUnicodeRange('U+0301, U+0400-045F'))).toBe(false);
    expect(isLatinOnly(parseUnicodeRange('U+0370-03FF'))).toBe(false);
  });

  it('loads the Latin Extended face only for text that needs it', () => {
    const [extended] = fontFacesOf('@font-face{src:url(/e.woff2);unicode-range:U+0100-02BA}');
    expect(coversAny(extended!, textCodePoints('<p>Een ideeën-café</p>'))).toBe(false);
    expect(coversAny(extended!, textCodePoints('<p>Fryslân &#331;</p>'))).toBe(true);
  });
});
