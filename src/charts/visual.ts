import { frameChart } from './frame.ts';
import { CHART_TEXT } from './labels.ts';
import { layoutBarChart, layoutSeriesBarChart } from './layout-bar.ts';
import { layoutDotMatrix } from './layout-dot-matrix.ts';
import { layoutLineChart } from './layout-line.ts';
import { layoutTileMap } from './layout-tile-map.ts';
import { layoutTimeline } from './layout-timeline.ts';
import { layoutWaffleChart } from './layout-waffle.ts';
import { renderChartSvg } from './render-svg.ts';
import { describeVisual } from './summary.ts';
import type { ChartModel, LayoutOptions, Variant, VisualInput } from './types.ts';

/** Drawing width of each layout in user units; the SVG scales to its container. */
export const VARIANT_WIDTH: Record<Variant, number> = { wide: 720, narrow: 320 };

/** The chart model of a visual: geometry as plain data, ready for the renderer or a test. */
export function layoutVisual(input: VisualInput, options: LayoutOptions): ChartModel {
  if (input.table.rows.length === 0) {
    return { width: options.width, height: 40, marks: [{ kind: 'text', x: 0, y: 24, lines: [CHART_TEXT.empty], size: 15 }] };
  }
  switch (input.spec.type) {
    case 'bar':
      return layoutBarChart(input, options);
    case 'stacked-bar':
      return layoutSeriesBarChart(input, options, false);
    case 'grouped-bar':
      return layoutSeriesBarChart(input, options, true);
    case 'line':
      return layoutLineChart(input, options, false);
    case 'area':
      return layoutLineChart(input, options, true);
    case 'waffle':
      return layoutWaffleChart(input, options);
    case 'tile-map':
      return layoutTileMap(input, options);
    case 'timeline':
      return layoutTimeline(input, options);
    case 'dot-matrix':
      return layoutDotMatrix(input, options);
  }
}

/**
 * How the SVG will be used:
 * - `inline`: in a page; colours come from the page CSS (dark mode, print); pass `variant`.
 * - `light`: a standalone download with title and source drawn in, light palette.
 * - `card`: a standalone chart for a share card, light palette, no title (the card has one),
 *   scaled to fit `width` × `height`.
 */
export type VisualTheme = 'inline' | 'light' | 'card';

export interface RenderVisualOptions {
  theme: VisualTheme;
  /** Layout for `inline` (required there in practice) and `card` (default wide). */
  variant?: Variant;
  /** Outer size in pixels for `card` (and optionally `light`). */
  width?: number;
  height?: number;
}

/**
 * Renders a visual as one SVG string. Every use (page, SVG and PNG download, share card)
 * goes through here, so they always show the same chart.
 */
export function renderVisualSvg(input: VisualInput, options: RenderVisualOptions): string {
  const { spec, slug } = input;
  // Illustrative numbers carry their label into the SVG's <title> and <desc> and the drawn title,
  // so a downloaded SVG or PNG, or a card made of it, says "voorbeeld" wherever it goes.
  const title = input.example ? `${spec.title} (${CHART_TEXT.example.toLowerCase()})` : spec.title;
  const description = input.example ? `${CHART_TEXT.example}: ${describeVisual(input)}` : describeVisual(input);
  const text = { title, description };
  if (options.theme === 'inline') {
    const variant = options.variant ?? 'wide';
    const model = layoutVisual(input, { width: VARIANT_WIDTH[variant], variant });
    return renderChartSvg(model, { ...text, idPrefix: `${slug}-${variant}`, className: `oc--${variant}` });
  }
  if (options.theme === 'card') {
    // Laid out narrower than the page version, so text stays large once scaled onto the card;
    // `variant: 'narrow'` gives the phone layout, which suits square and tall cards.
    const model =
      options.variant === 'narrow'
        ? layoutVisual(input, { width: VARIANT_WIDTH.narrow, variant: 'narrow' })
        : layoutVisual(input, { width: 640, variant: 'wide' });
    const size = { width: options.width ?? model.width, height: options.height ?? model.height };
    return renderChartSvg(model, { ...text, idPrefix: `${slug}-card`, standalone: true, size });
  }
  const model = frameChart(layoutVisual(input, { width: VARIANT_WIDTH.wide, variant: 'wide' }), title, spec.source);
  const size = options.width && options.height ? { width: options.width, height: options.height } : undefined;
  return renderChartSvg(model, { ...text, idPrefix: `${slug}-export`, standalone: true, ...(size ? { size } : {}) });
}
