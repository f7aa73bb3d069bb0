import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlText, mapHtmlText, readAttribute } from './html-text.ts';

describe('mapHtmlText', () => {
  it('transforms text between tags and leaves tags, scripts, styles and comments alone', () => {
    const html = '<p class="x">een <b>twee</b></p><script>een()</script><style>.een{}</style><!-- een -->drie';
    expect(mapHtmlText(html, (text) => text.toUpperCase())).toBe(
      '<p class="x">EEN <b>TWEE</b></p><script>een()</script><style>.een{}</style><!-- een -->DRIE',
    );
  });
});

describe('htmlText', () => {
  it('drops tags and collapses whitespace', () => {
    expect(htmlText('<li>\n  Thuis <em>werken</em>\n</li>')).toBe('Thuis werken');
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal entities', () => {
    expect(decodeEntities('Zzp&#39;ers &amp; &lt;b&gt; &#x27;x&#x27; &onbekend;')).toBe("Zzp'ers & <b> 'x' &onbekend;");
  });
});

describe('readAttribute', () => {
  it('reads and decodes an attribute, or returns undefined when it is missing', () => {
    expect(readAttribute(' id="idee-1" data-idea-theme="Zorg &amp; gezondheid"', 'data-idea-theme')).toBe('Zorg & gezondheid');
    expect(readAttribute(' id="idee-1"', 'data-idea-kind')).toBeUndefined();
  });
});
