import { SaxesParser, type SaxesTagNS } from 'saxes';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
/** Namespaces a drawing needs; everything else is an editor's (Inkscape, Illustrator, Sketch) own bookkeeping. */
const DRAWING_NS = new Set([SVG_NS, XLINK_NS, XML_NS]);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/**
 * An SVG as the site publishes it: the drawing re-written from its parsed XML tree, without what
 * drawing programs keep beside it: comments, processing instructions, the <metadata> block (author,
 * licence), and elements and attributes of other namespaces (Inkscape's `sodipodi:docname` holds
 * the path on the designer's computer, `inkscape:export-filename` another). The SVG has passed the
 * check (src/markdown/svg-policy.ts), so what stays is the drawing it approved.
 */
export function cleanSvg(text: string): string {
  const parser = new SaxesParser({ xmlns: true });
  let out = '';
  let skipped = 0;
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (skipped > 0 || tag.uri !== SVG_NS || tag.local === 'metadata') {
      if (!tag.isSelfClosing) skipped += 1;
      return;
    }
    out += `<${tag.name}`;
    for (const attribute of Object.values(tag.attributes)) {
      const declares = attribute.uri === XMLNS_NS;
      const keep = declares ? DRAWING_NS.has(attribute.value) : attribute.uri === '' || DRAWING_NS.has(attribute.uri);
      if (keep) out += ` ${attribute.name}="${escapeAttribute(attribute.value)}"`;
    }
    out += tag.isSelfClosing ? '/>' : '>';
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    if (skipped > 0) skipped -= 1;
    else out += `</${tag.name}>`;
  });
  parser.on('text', (value) => {
    if (skipped === 0) out += escapeText(value);
  });
  parser.on('cdata', (value) => {
    if (skipped === 0) out += `<![CDATA[${value.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text.replace(/^\uFEFF/, '')).close();
  return `${out.trim()}\n`;
}
