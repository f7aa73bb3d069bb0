/**
 * SVG images from content are copied into the site as they are and served from its own origin,
 * where a script in one would run with the site's rights (and a host without our headers
 * serves it without a CSP). So an SVG may hold drawing only: elements and attributes from an
 * allow-list, links to its own parts (`#id`) and nothing that runs, embeds or fetches. A file
 * that holds anything else is refused with what to remove, not silently rewritten: the editor
 * then knows the picture they see is the picture readers get.
 *
 * The file is read the way a browser reads an SVG image: as XML, with namespaces. A prefix is
 * whatever its xmlns declaration says (`<x:script xmlns:x="…svg">` is a script, `foo:href` with
 * xlink's namespace is a link), CDATA is text, and a file that is not well-formed XML is refused
 * (a browser shows nothing of it, so the picture the editor sees is not what readers get).
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { MarkupFinding } from './markup-policy.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Elements that draw, group, describe or style shapes (no script, foreignObject, image, link or animation). */
const SVG_ELEMENTS = new Set(
  [
    'svg',
    'g',
    'defs',
    'symbol',
    'use',
    'title',
    'desc',
    'metadata',
    'style',
    'path',
    'rect',
    'circle',
    'ellipse',
    'line',
    'polyline',
    'polygon',
    'text',
    'tspan',
    'textPath',
    'linearGradient',
    'radialGradient',
    'stop',
    'clipPath',
    'mask',
    'pattern',
    'marker',
    'filter',
    'feBlend',
    'feColorMatrix',
    'feComposite',
    'feFlood',
    'feGaussianBlur',
    'feMerge',
    'feMergeNode',
    'feOffset',
    'feDropShadow',
  ].map((name) => name.toLowerCase()),
);

/**
 * Namespaces of drawing programs' own bookkeeping (Inkscape, Sodipodi, Illustrator, Sketch) and of
 * the licence block in <metadata> (RDF, Dublin Core, Creative Commons): a browser draws and runs
 * nothing in them, and the published SVG leaves them out (src/images/svg-clean.ts), so an SVG
 * saved straight from Inkscape is not refused for them.
 */
const BOOKKEEPING_NS = new Set([
  'http://www.inkscape.org/namespaces/inkscape',
  'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
  'http://ns.adobe.com/AdobeIllustrator/10.0/',
  'http://ns.adobe.com/Extensibility/1.0/',
  'http://www.bohemiancoding.com/sketch/ns',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://purl.org/dc/elements/1.1/',
  'http://creativecommons.org/ns#',
  'http://web.resource.org/cc/',
]);

/** Presentation attributes may use url(#id) for gradients and clips, never another file or site. */
const EXTERNAL_URL = /url\(\s*['"]?\s*(?!#)/i;

/**
 * Deeper than this is no drawing (drawing programs nest a few groups), and browsers' XML parsers
 * give up somewhere deeper (libxml2 by default at 256 levels): the check and the browser would disagree.
 */
export const MAX_SVG_DEPTH = 200;

/** Checks the text of an SVG file; an empty list means it may be published as it is. */
export function checkSvg(text: string): MarkupFinding[] {
  const findings: MarkupFinding[] = [];
  const seen = new Set<string>();
  const add = (finding: MarkupFinding) => {
    if (seen.has(finding.message)) return;
    seen.add(finding.message);
    findings.push(finding);
  };
  const checkCss = (css: string) => {
    if (/@import|expression\s*\(/i.test(css) || EXTERNAL_URL.test(css))
      add({
        message: 'de opmaak (style) haalt iets van buiten het bestand op',
        fix: 'gebruik alleen kleuren en url(#…) naar delen van de tekening zelf',
      });
  };
  const parser = new SaxesParser({ xmlns: true, position: true });
  let root = true;
  let styleDepth = 0;
  let depth = 0;
  let failed = false;
  parser.on('doctype', () =>
    add({ message: 'het bestand heeft een DOCTYPE', fix: 'haal de regel <!DOCTYPE …> weg; een SVG heeft die niet nodig' }),
  );
  parser.on('processinginstruction', ({ target }) => {
    if (target.toLowerCase() === 'xml-stylesheet')
      add({ message: 'het bestand laadt een stylesheet (<?xml-stylesheet …?>)', fix: 'haal de regel weg' });
    else
      add({ message: `het bestand bevat een verwerkingsinstructie (<?${target} …?>)`, fix: 'haal de regel weg en sla de SVG opnieuw op' });
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const name = tag.name;
    depth += 1;
    if (depth > MAX_SVG_DEPTH)
      add({
        message: `de tekening is meer dan ${MAX_SVG_DEPTH} lagen diep genest; zo diep toont een browser een tekening niet altijd`,
        fix: 'open de tekening in een tekenprogramma, hef de groepen op en sla hem opnieuw op als SVG',
      });
    if (root && (tag.uri !== SVG_NS || tag.local !== 'svg'))
      add({
        message: `het bestand begint met <${name}> in plaats van een SVG-tekening (<svg xmlns="${SVG_NS}">)`,
        fix: 'sla de tekening opnieuw op als SVG',
      });
    root = false;
    if (!BOOKKEEPING_NS.has(tag.uri) && (tag.uri !== SVG_NS || !SVG_ELEMENTS.has(tag.local.toLowerCase()))) {
      add({
        message: `het element <${name}> hoort niet in een afbeelding: het kan code uitvoeren, iets insluiten of iets ophalen`,
        fix: `haal <${name}> weg en sla de SVG opnieuw op`,
      });
    }
    if (tag.local.toLowerCase() === 'style') styleDepth += 1;
    for (const attribute of Object.values(tag.attributes)) {
      const { local, uri, value } = attribute;
      if (uri === XMLNS_NS || attribute.name === 'xmlns') continue;
      const shown = attribute.name;
      if (local.toLowerCase().startsWith('on')) {
        add({ message: `het attribuut ${shown} op <${name}> voert code uit`, fix: `haal ${shown}="…" weg` });
      } else if ((local === 'href' || local === 'src') && !value.trim().startsWith('#')) {
        // href in no namespace, in xlink's under any prefix, or in any other: refused unless it points inside.
        add({
          message: `<${name}> verwijst naar "${value.slice(0, 60)}" buiten de tekening`,
          fix: 'verwijs alleen naar delen van de tekening zelf (#naam) of neem het getekende op in het bestand',
        });
      } else if (local === 'style') {
        checkCss(value);
      } else if (EXTERNAL_URL.test(value)) {
        add({
          message: `${shown} op <${name}> haalt iets van buiten het bestand op`,
          fix: 'gebruik alleen url(#…) naar delen van de tekening zelf',
        });
      }
    }
  });
  parser.on('closetag', (tag) => {
    depth -= 1;
    if (tag.local?.toLowerCase() === 'style') styleDepth -= 1;
  });
  const inStyle = (chunk: string) => {
    if (styleDepth > 0) checkCss(chunk);
  };
  parser.on('text', inStyle);
  parser.on('cdata', inStyle);
  parser.on('error', (error) => {
    if (failed) return;
    failed = true;
    add({
      message: `de SVG is geen geldige XML, zodat een browser hem niet of anders toont (${error.message.split('\n')[0]})`,
      fix: 'open de tekening in een tekenprogramma en sla hem opnieuw op als SVG',
    });
  });
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (caught) {
    // Normally reported by the error handler; anything else must not let the file through unread.
    if (!failed) add({ message: `de SVG kon niet worden gelezen (${String(caught)})`, fix: 'sla de tekening opnieuw op als SVG' });
  }
  return findings;
}
