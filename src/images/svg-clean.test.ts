import { describe, expect, it } from 'vitest';
import { checkSvg } from '../markdown/svg-policy.ts';
import { cleanSvg } from './svg-clean.ts';

describe('an SVG as the site publishes it', () => {
  const inkscape = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- Created with Inkscape: GEHEIM ontwerp van Jan -->',
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"',
    '  xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"',
    '  width="100" height="50" sodipodi:docname="C:\\Users\\jan.jansen\\Desktop\\logo.svg" inkscape:export-filename="/home/jan/logo.png">',
    '  <sodipodi:namedview inkscape:zoom="2"><inkscape:grid/></sodipodi:namedview>',
    '  <title>Logo &amp; naam</title>',
    '  <defs><linearGradient id="g"><stop offset="0" stop-color="#369"/></linearGradient></defs>',
    '  <rect width="100" height="50" fill="url(#g)" inkscape:label="achtergrond"/>',
    '  <use xlink:href="#g" x="1" xml:space="preserve"/>',
    '  <text x="5" y="20">A &lt; B "en" C</text>',
    '</svg>',
  ].join('\n');

  it('keeps the drawing and drops comments, other namespaces and the designer’s paths', () => {
    const clean = cleanSvg(inkscape);
    for (const gone of ['GEHEIM', 'jan', 'inkscape', 'sodipodi', '<?xml', '<!--']) expect(clean).not.toContain(gone);
    for (const kept of ['<title>Logo &amp; naam</title>', 'fill="url(#g)"', 'xlink:href="#g"', 'xml:space="preserve"', 'A &lt; B "en" C'])
      expect(clean).toContain(kept);
    expect(clean.startsWith('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100"')).toBe(true);
  });

  it('drops the metadata block and is still an SVG the check accepts', () => {
    const withMetadata = inkscape.replace(
      '<title>',
      '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata><title>',
    );
    const clean = cleanSvg(withMetadata);
    expect(clean).not.toContain('metadata');
    expect(checkSvg(clean)).toEqual([]);
  });
});
