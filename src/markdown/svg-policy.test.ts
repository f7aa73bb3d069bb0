import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSvg, MAX_SVG_DEPTH } from './svg-policy.ts';

const svg = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${attributes}>${inner}</svg>`;

describe('SVG images from content', () => {
  it('accepts drawing: shapes, text, gradients and references to its own parts', () => {
    const clean = svg(
      '<title>Een straat</title><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><clipPath id="c"><rect width="5" height="5"/></clipPath></defs>' +
        '<g clip-path="url(#c)"><rect width="10" height="10" fill="url(#g)" style="fill:url(#g);stroke:#000"/><use href="#c"/><text x="1" y="5">Buren</text></g>',
    );
    expect(checkSvg(clean)).toEqual([]);
  });

  it('accepts an SVG saved straight from Inkscape: its own elements and the licence block are inert and left out when published', () => {
    const inkscape = svg(
      '<sodipodi:namedview xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" pagecolor="#fff"><inkscape:grid xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"/></sodipodi:namedview>' +
        '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><cc:Work xmlns:cc="http://creativecommons.org/ns#" rdf:about=""><dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">Straat</dc:title></cc:Work></rdf:RDF></metadata><rect width="1" height="1"/>',
    );
    expect(checkSvg(inkscape)).toEqual([]);
    // Their attributes are still read: an event handler or an outside link in them is refused.
    expect(checkSvg(svg('<inkscape:x xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" onload="alert(1)"/>')).length).toBe(1);
    expect(checkSvg(svg('<metadata><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></metadata>')).length).toBe(1);
  });

  it('accepts every illustration of the default site', () => {
    for (const file of readdirSync('content/stories/images'))
      expect(checkSvg(readFileSync(`content/stories/images/${file}`, 'utf8')), file).toEqual([]);
  });

  it('refuses scripts, event attributes, foreignObject, animation, links and embedded images', () => {
    const hostile: [string, RegExp][] = [
      [svg('<script>x()</script>'), /<script>/],
      [svg('<rect/>', ' onload="x()"'), /onload op <svg> voert code uit/],
      [svg('<foreignObject><p>x</p></foreignObject>'), /<foreignObject>/],
      [svg('<set attributeName="href" to="x"/>'), /<set>/],
      [svg('<animate attributeName="x"/>'), /<animate>/],
      [svg('<a href="https://example.nl"><text>x</text></a>'), /<a>/],
      [svg('<image href="foto.png"/>'), /<image>/],
      [svg('<use href="other.svg#a"/>'), /verwijst naar "other.svg#a" buiten de tekening/],
      [svg('<rect fill="url(https://example.nl/x.svg#a)"/>'), /haalt iets van buiten het bestand op/],
      [svg('<style>@import url(x.css);</style>'), /style/],
      ['<!DOCTYPE svg [<!ENTITY a "b">]>' + svg('<text>&a;</text>'), /DOCTYPE/],
    ];
    for (const [text, expected] of hostile)
      expect(
        checkSvg(text)
          .map((f) => f.message)
          .join('\n'),
        text,
      ).toMatch(expected);
  });

  it('refuses every event attribute, whatever its name', () => {
    for (const name of ['onclick', 'onmouseover', 'onbegin', 'onfocusin', 'onanimationend', 'onzzz'])
      expect(checkSvg(svg(`<rect ${name}="x"/>`)), name).toHaveLength(1);
  });

  it('reads the file as XML with namespaces, as a browser does', () => {
    const hostile: [string, RegExp][] = [
      // A prefix bound to the SVG namespace: a browser runs this script.
      [svg('<x:script xmlns:x="http://www.w3.org/2000/svg">x()</x:script>'), /<x:script>/],
      // Any prefix bound to xlink makes a link.
      [svg('<use q:href="data:image/svg+xml,x" xmlns:q="http://www.w3.org/1999/xlink"/>'), /verwijst naar "data:image/],
      // XHTML inside an SVG is HTML to the browser.
      [svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">x()</h:script>'), /<h:script>/],
      // CSS in a CDATA section is CSS.
      [svg('<style><![CDATA[@import url(https://example.nl/x.css);]]></style>'), /style/],
      // Not well-formed: a browser would not show it as the editor saw it.
      [svg('<rect></g>'), /geen geldige XML/],
      ['<svg viewBox="0 0 1 1"><rect/></svg>', /in plaats van een SVG-tekening/],
      [svg('<rect/>') + '<?xml-stylesheet href="x.css"?>', /stylesheet/],
    ];
    for (const [text, expected] of hostile)
      expect(
        checkSvg(text)
          .map((f) => f.message)
          .join('\n'),
        text,
      ).toMatch(expected);
    expect(checkSvg(svg('<style><![CDATA[rect { fill: #123456 }]]></style><rect/>'))).toEqual([]);
  });

  it('refuses groups nested deeper than a browser parses, once, and accepts ordinary nesting', () => {
    const nested = (levels: number) => svg(`${'<g>'.repeat(levels)}<rect/>${'</g>'.repeat(levels)}`);
    const found = checkSvg(nested(5000));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(`meer dan ${MAX_SVG_DEPTH} lagen diep genest`);
    expect(checkSvg(nested(30))).toEqual([]);
  });
});
