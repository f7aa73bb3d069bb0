/**
 * SVG images from content are copied into the site as they are and served from its own origin,
 * where a script in one would run with the site's rights (and a host without our headers
 * serves it without a CSP). So an SVG may hold drawing only: elements and attributes from an
 * allow-list, links to its own parts (`#id`) and nothing that runs, embeds or fetches. A file
 * that holds anything else is refused with what to remove, not silently rewritten: the editor
 * then knows the picture they see is the picture readers get.
 */
import { htmlToHast } from 'satteri';
import { hastAttributes } from './check-markup.ts';
import type { MarkupFinding } from './markup-policy.ts';

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

/** Attributes whose value is a reference; only a fragment of the same file (`#id`) is allowed. */
const REFERENCE_ATTRIBUTES = new Set(['href', 'xlinkhref', 'xlink:href', 'src']);

/** Presentation attributes may use url(#id) for gradients and clips, never another file or site. */
const EXTERNAL_URL = /url\(\s*['"]?\s*(?!#)/i;

/** Checks the text of an SVG file; an empty list means it may be published as it is. */
export function checkSvg(text: string): MarkupFinding[] {
  const findings: MarkupFinding[] = [];
  // A DOCTYPE can declare entities (which expand into markup or huge text) and point elsewhere.
  if (/<!DOCTYPE/i.test(text))
    findings.push({ message: 'het bestand heeft een DOCTYPE', fix: 'haal de regel <!DOCTYPE …> weg; een SVG heeft die niet nodig' });
  if (/<!ENTITY/i.test(text))
    findings.push({ message: 'het bestand declareert entiteiten (<!ENTITY …>)', fix: 'sla de tekening opnieuw op als gewone SVG' });
  if (/<\?xml-stylesheet/i.test(text))
    findings.push({ message: 'het bestand laadt een stylesheet (<?xml-stylesheet …?>)', fix: 'haal de regel weg' });
  const seen = new Set<string>();
  const add = (finding: MarkupFinding) => {
    if (seen.has(finding.message)) return;
    seen.add(finding.message);
    findings.push(finding);
  };
  const visit = (node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[]; value?: string }) => {
    if (node.type === 'element' && node.tagName) {
      const tag = node.tagName;
      if (!SVG_ELEMENTS.has(tag.toLowerCase())) {
        add({
          message: `het element <${tag}> hoort niet in een afbeelding: het kan code uitvoeren, iets insluiten of iets ophalen`,
          fix: `haal <${tag}> weg en sla de SVG opnieuw op`,
        });
      }
      if (tag.toLowerCase() === 'style' || node.properties?.['style'] !== undefined) {
        const css = tag.toLowerCase() === 'style' ? JSON.stringify(node.children ?? []) : String(node.properties?.['style']);
        if (/@import|expression\s*\(/i.test(css) || EXTERNAL_URL.test(css))
          add({
            message: 'de opmaak (style) haalt iets van buiten het bestand op',
            fix: 'gebruik alleen kleuren en url(#…) naar delen van de tekening zelf',
          });
      }
      for (const [attribute, value] of Object.entries(hastAttributes(node.properties))) {
        if (attribute.startsWith('on')) {
          add({ message: `het attribuut ${attribute} op <${tag}> voert code uit`, fix: `haal ${attribute}="…" weg` });
        } else if (REFERENCE_ATTRIBUTES.has(attribute) && value !== null && !value.trim().startsWith('#')) {
          add({
            message: `<${tag}> verwijst naar "${value.slice(0, 60)}" buiten de tekening`,
            fix: 'verwijs alleen naar delen van de tekening zelf (#naam) of neem het getekende op in het bestand',
          });
        } else if (attribute !== 'style' && value !== null && EXTERNAL_URL.test(value)) {
          add({
            message: `${attribute} op <${tag}> haalt iets van buiten het bestand op`,
            fix: 'gebruik alleen url(#…) naar delen van de tekening zelf',
          });
        }
      }
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(htmlToHast(text.replace(/^\uFEFF/, ''), { fragment: true, space: 'svg' }) as Parameters<typeof visit>[0]);
  return findings;
}
