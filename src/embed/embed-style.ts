import { createHash } from 'node:crypto';
import { chartStyleSheet, LIGHT_PALETTE } from '../charts/palette.ts';
import { EMBED_PADDING } from './embed-code.ts';

/**
 * The embed page's whole style sheet, inline: a framed page in a sandbox has no origin of its
 * own, so it gets no fonts (they need CORS) and should need no second request. Light colours only,
 * written out (the host's page decides the surroundings, and a dark frame in a light article
 * jars); the system's sans-serif unless Source Sans 3 is installed. The wide chart layout shows
 * above 34rem, the narrow one below, as on the site.
 */
export function embedStyleSheet(linkColour: string): string {
  return [
    ':root{color-scheme:light;background:#fff;color:#1a1a1a;font-family:"Source Sans 3","Segoe UI",system-ui,sans-serif;font-size:100%;line-height:1.5}',
    `body{margin:0;padding:${EMBED_PADDING}px}`,
    `a{color:${linkColour};text-underline-offset:.15em}`,
    ':focus-visible{outline:3px solid #0b0c0c;outline-offset:0;box-shadow:0 0 0 6px #ffbf47;background-color:#ffbf47;color:#0b0c0c;text-decoration:none}',
    'h1{font-size:1.375rem;line-height:1.3;margin:0 0 .5rem}',
    'p{margin:0 0 .5rem}',
    'figure{margin:0}',
    '.oe-chart svg{display:block;width:100%;height:auto;overflow:visible}',
    '.oe-chart--narrow{display:none;max-width:28rem}',
    '@media (max-width:34rem){.oe-chart--wide{display:none}.oe-chart--narrow{display:block}}',
    'figcaption{margin-block-start:.75rem}',
    '.oe-small{font-size:.875rem;color:#4a545c}',
    '.oe-example strong{background:#fde8e2;color:#7a2100;padding:0 .35em;border-radius:2px;margin-inline-end:.35em}',
    'details{margin-block:.5rem}',
    `summary{cursor:pointer;color:${linkColour};text-decoration:underline}`,
    '.oe-table{overflow-x:auto;margin-block-start:.5rem}',
    'table{border-collapse:collapse;font-size:.9375rem}',
    'caption{text-align:start;font-weight:700;padding-block-end:.25rem}',
    'th,td{padding:.25rem .75rem;border-block-end:1px solid #d5dadf;text-align:start;vertical-align:top}',
    "th[scope='row']{font-weight:400}",
    '.oe-number{text-align:end;font-variant-numeric:tabular-nums}',
    '.oe-foot{margin:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}',
    '.oe-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}',
    '@media (forced-colors:active){.oc text{fill:CanvasText}.oc rect:not([fill]),.oc circle,.oc-area{fill:CanvasText}.oc .oc-stroke{fill:none;stroke:CanvasText}.oc-axis,.oc-grid,.oc-tile,.oc-leader{stroke:CanvasText}}',
    chartStyleSheet(LIGHT_PALETTE),
  ].join('\n');
}

/** The CSP hash of an inline script or style, as Astro's `Astro.csp` takes it: "sha256-…". */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
