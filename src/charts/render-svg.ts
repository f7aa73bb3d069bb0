import { chartStyleSheet, LIGHT_PALETTE } from './palette.ts';
import type { ChartModel, Mark, Tone } from './types.ts';

/** How the SVG is used: inline in a page (styled by the page CSS) or standalone (download, PNG, card). */
export interface RenderOptions {
  /** Prefix of every id in the SVG, unique on the page: the visual's slug plus the variant. */
  idPrefix: string;
  title: string;
  description: string;
  /** Embed a style sheet with the light palette and set width and height. */
  standalone?: boolean;
  /** Extra classes on the root element. */
  className?: string;
  /** Outer size of a standalone SVG; the chart is scaled to fit, keeping its proportions. Defaults to the model's size. */
  size?: { width: number; height: number };
}

/** Number of hatch patterns available; series beyond this reuse them. */
export const PATTERN_COUNT = 4;

/** Coordinates rounded to 0.1: shorter markup and stable snapshots. */
export const round = (value: number) => Math.round(value * 10) / 10;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const toneClass = (tone: Tone) => `oc-${tone}`;
const classes = (...names: (string | undefined | false)[]) => names.filter(Boolean).join(' ');

/** Hatching drawn in the background colour over a fill: diagonal, reverse diagonal, horizontal, dots. */
function patternDefs(prefix: string, used: Set<number>): string {
  const shapes = [
    '<path class="oc-pat" d="M-2 2l4-4M0 8l8-8M6 10l4-4"/>',
    '<path class="oc-pat" d="M-2 6l4 4M0 0l8 8M6 -2l4 4"/>',
    '<path class="oc-pat" d="M0 4h8"/>',
    '<circle class="oc-pat oc-pat-dot" cx="4" cy="4" r="1.2"/>',
  ];
  const defs = [...used]
    .sort((a, b) => a - b)
    .map(
      (index) =>
        `<pattern id="${prefix}-p${index}" width="8" height="8" patternUnits="userSpaceOnUse">${shapes[index % PATTERN_COUNT]}</pattern>`,
    );
  return defs.length > 0 ? `<defs>${defs.join('')}</defs>` : '';
}

const DASHES = ['', '6 4', '2 4', '10 4 2 4'];

function renderMark(mark: Mark, prefix: string): string {
  switch (mark.kind) {
    case 'rect': {
      const box = `x="${round(mark.x)}" y="${round(mark.y)}" width="${round(Math.max(0, mark.width))}" height="${round(Math.max(0, mark.height))}"`;
      const base = `<rect class="${classes(toneClass(mark.tone), mark.className)}" ${box}/>`;
      return mark.pattern === undefined ? base : `${base}<rect fill="url(#${prefix}-p${mark.pattern % PATTERN_COUNT})" ${box}/>`;
    }
    case 'line':
      return `<line class="${classes(mark.className)}" x1="${round(mark.x1)}" y1="${round(mark.y1)}" x2="${round(mark.x2)}" y2="${round(mark.y2)}"/>`;
    case 'path': {
      const dash = mark.dash ? DASHES[mark.dash % DASHES.length] : '';
      return `<path class="${classes(toneClass(mark.tone), !mark.fill && 'oc-stroke', mark.className)}" d="${mark.d}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
    }
    case 'circle':
      return `<circle class="${classes(toneClass(mark.tone), mark.className)}" cx="${round(mark.cx)}" cy="${round(mark.cy)}" r="${round(mark.r)}"/>`;
    case 'text': {
      const anchor = mark.anchor && mark.anchor !== 'start' ? ` text-anchor="${mark.anchor}"` : '';
      const rotate = mark.rotate ? ` transform="rotate(${mark.rotate} ${round(mark.x)} ${round(mark.y)})"` : '';
      const attrs = `class="${classes(mark.bold && 'oc-bold', mark.className)}" x="${round(mark.x)}" y="${round(mark.y)}" font-size="${mark.size}"${anchor}${rotate}`;
      if (mark.lines.length === 1) return `<text ${attrs}>${escapeText(mark.lines[0] ?? '')}</text>`;
      const lineHeight = round(mark.lineHeight ?? mark.size * 1.2);
      const spans = mark.lines.map(
        (line, i) => `<tspan x="${round(mark.x)}"${i > 0 ? ` dy="${lineHeight}"` : ''}>${escapeText(line)}</tspan>`,
      );
      return `<text ${attrs}>${spans.join('')}</text>`;
    }
  }
}

/**
 * The one SVG renderer: turns a chart model into markup. Pages, downloads, PNGs and
 * share cards all go through here. Output depends only on its input (no random ids, no dates).
 */
export function renderChartSvg(model: ChartModel, options: RenderOptions): string {
  const { idPrefix: prefix } = options;
  const usedPatterns = new Set(
    model.marks.flatMap((mark) => (mark.kind === 'rect' && mark.pattern !== undefined ? [mark.pattern % PATTERN_COUNT] : [])),
  );
  const outer = options.size ?? model;
  const size = options.standalone ? ` width="${round(outer.width)}" height="${round(outer.height)}"` : '';
  const style = options.standalone
    ? `<style>${chartStyleSheet(LIGHT_PALETTE)}</style><rect width="100%" height="100%" fill="${LIGHT_PALETTE.background}"/>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${round(model.width)} ${round(model.height)}"${size}`,
    ` class="${classes('oc', options.className)}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc">`,
    `<title id="${prefix}-title">${escapeText(options.title)}</title>`,
    `<desc id="${prefix}-desc">${escapeText(options.description)}</desc>`,
    style,
    patternDefs(prefix, usedPatterns),
    model.marks.map((mark) => renderMark(mark, prefix)).join(''),
    '</svg>',
  ].join('');
}
