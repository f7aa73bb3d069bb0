import { LINE_HEIGHT, SMALL, wrapLabel } from './common.ts';
import { CHART_TEXT } from './labels.ts';
import type { ChartModel, Mark } from './types.ts';

/** The same mark moved by (dx, dy). */
export function translateMark(mark: Mark, dx: number, dy: number): Mark {
  switch (mark.kind) {
    case 'rect':
      return { ...mark, x: mark.x + dx, y: mark.y + dy };
    case 'line':
      return { ...mark, x1: mark.x1 + dx, y1: mark.y1 + dy, x2: mark.x2 + dx, y2: mark.y2 + dy };
    case 'circle':
      return { ...mark, cx: mark.cx + dx, cy: mark.cy + dy };
    case 'text':
      return { ...mark, x: mark.x + dx, y: mark.y + dy };
    case 'path':
      return { ...mark, d: shiftPath(mark.d, dx, dy) };
  }
}

/** Moves absolute path data (as d3-shape writes it: M, L, Z and curve commands with absolute pairs). */
function shiftPath(d: string, dx: number, dy: number): string {
  let index = 0;
  return d.replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, (n) => String(Math.round((Number(n) + (index++ % 2 === 0 ? dx : dy)) * 10) / 10));
}

/**
 * A chart with its title above and its source below, for the downloads: an image that
 * travels without its page still says what it shows and where the numbers come from.
 */
export function frameChart(model: ChartModel, title: string, source: string, padding = 24): ChartModel {
  const inner = model.width;
  const titleLines = wrapLabel(title, inner, 22, true);
  const sourceLines = wrapLabel(`${CHART_TEXT.source}: ${source}`, inner, SMALL);
  const header = padding + titleLines.length * 28 + 12;
  const marks: Mark[] = [
    { kind: 'text', x: padding, y: padding + 22, lines: titleLines, size: 22, bold: true, lineHeight: 28 },
    ...model.marks.map((mark) => translateMark(mark, padding, header)),
  ];
  const footerTop = header + model.height + 16;
  marks.push({
    kind: 'text',
    x: padding,
    y: footerTop + SMALL,
    lines: sourceLines,
    size: SMALL,
    lineHeight: LINE_HEIGHT,
    className: 'oc-soft',
  });
  return { width: inner + 2 * padding, height: footerTop + sourceLines.length * LINE_HEIGHT + padding, marks };
}
