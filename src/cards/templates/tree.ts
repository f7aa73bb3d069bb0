import { contrastRatio } from '../../colour/contrast.ts';
import type { CardWarning } from '../card-types.ts';
import type { FitResult } from '../fit-text.ts';
import type { CardWeight } from '../fonts.ts';
import type { TextMeasurer } from '../measure.ts';

/** A satori element: plain objects in the shape of React elements, so no JSX is needed. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[]; src?: string; width?: number; height?: number };
}
export type CardChild = CardNode | string;

/** A box with a style and children. */
export function box(style: Record<string, string | number>, children: CardChild | CardChild[] = []): CardNode {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}

/** An image from a data: URI (the mark, an embedded chart). */
export function image(src: string, width: number, height: number): CardNode {
  return { type: 'img', props: { src, width, height, style: { width, height } } };
}

/** What the templates share while drawing one card. */
export interface DrawContext {
  measurer: TextMeasurer;
  /** CSS font-family list of the text fonts. */
  families: string;
  /** Turns an SVG document into an image source of the given pixel size (charts on visual cards). */
  embedSvg(svg: string, width: number, height: number): string;
  /** Records a problem that editors should hear about; the card is still drawn. */
  warn(warning: CardWarning): void;
}

/** A fitted text and the box width and weight it was fitted for. */
export interface FittedText extends FitResult {
  width: number;
  weight: CardWeight;
}

/** Height in pixels of a fitted text block. */
export const blockHeight = (fit: FitResult, lineHeight: number) => fit.lines.length * fit.fontSize * lineHeight;

/**
 * Draws fitted lines one box per line with wrapping off, so satori cannot re-wrap them;
 * emoji get their own run in the emoji font that has them.
 */
export function textBlock(fit: FittedText, options: { colour: string; lineHeight: number }, context: DrawContext): CardNode {
  const lineBox = fit.fontSize * options.lineHeight;
  const lines = fit.lines.map((line) =>
    box(
      { height: lineBox, alignItems: 'center', whiteSpace: 'pre' },
      context.measurer.runs(line).map((run) => ({
        type: 'span',
        props: { style: run.emojiFamily ? { fontFamily: run.emojiFamily, fontWeight: 400 } : {}, children: run.text },
      })),
    ),
  );
  return box(
    {
      flexDirection: 'column',
      flexShrink: 0,
      height: lines.length * lineBox,
      maxWidth: fit.width,
      overflow: 'hidden',
      fontSize: fit.fontSize,
      fontWeight: fit.weight,
      lineHeight: options.lineHeight,
      color: options.colour,
    },
    lines,
  );
}

/** White or near-black, whichever reads better on the background. */
export function textOn(background: string): string {
  return contrastRatio(background, '#ffffff') >= 4.5 ? '#ffffff' : '#111111';
}
