import type { VisualSpec } from '../schemas/visual.ts';

/** A cell of a data table: text from a CSV or a number after aggregation or coercion. */
export type Cell = string | number;

/** The data behind a visual, as columns and rows, in the order the chart and table show them. */
export interface DataTable {
  columns: string[];
  rows: Record<string, Cell>[];
}

/**
 * Everything a chart needs, independent of where it came from: the validated spec, its
 * data and the display names. `src/data/visuals.ts` builds it from content; tests build it by hand.
 */
export interface VisualInput {
  /** The visual's slug; prefixes every id in its SVG so several charts can share a page. */
  slug: string;
  spec: VisualSpec;
  table: DataTable;
  /**
   * True when the numbers are illustrative: the spec says so, or a row they were made of
   * is an example (computed in src/data/example.ts). The page, data table, CSV and card show it.
   */
  example: boolean;
  /** Display names of values in the data (e.g. "noord-brabant" → "Noord-Brabant"). */
  valueLabels: Record<string, string>;
  /** Headings of columns (e.g. "participants" → "Deelnemers"). */
  columnLabels: Record<string, string>;
}

/** Colour role of a mark; the renderer turns it into a class the palette styles. */
export type Tone = `s${number}` | 'muted' | 'accent' | 'empty' | `seq${number}`;

interface MarkBase {
  /** Extra classes, e.g. "oc-value". */
  className?: string;
}

export interface RectMark extends MarkBase {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  tone: Tone;
  /** Index of the hatch pattern laid over the fill, so colour is never the only cue. */
  pattern?: number;
}

export interface LineMark extends MarkBase {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PathMark extends MarkBase {
  kind: 'path';
  d: string;
  tone: Tone;
  /** Filled area (true) or stroked line (false). */
  fill: boolean;
  /** Dash style index for lines, so series differ by more than colour. */
  dash?: number;
}

export interface CircleMark extends MarkBase {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  tone: Tone;
}

export interface TextMark extends MarkBase {
  kind: 'text';
  x: number;
  y: number;
  /** One entry per line; lines are `lineHeight` apart, the first sits on `y`. */
  lines: string[];
  anchor?: 'start' | 'middle' | 'end';
  /** Font size in user units; also used to estimate the text's box. */
  size: number;
  lineHeight?: number;
  bold?: boolean;
  /** Rotation in degrees around (x, y). */
  rotate?: number;
}

export type Mark = RectMark | LineMark | PathMark | CircleMark | TextMark;

/** A chart as plain data: its size and its marks in drawing order. Tests read geometry from here. */
export interface ChartModel {
  width: number;
  height: number;
  marks: Mark[];
}

/** Which layout: `wide` for desktop and downloads, `narrow` for phones (shown by CSS below a width). */
export type Variant = 'wide' | 'narrow';

/** Options every layout receives. */
export interface LayoutOptions {
  width: number;
  variant: Variant;
}
