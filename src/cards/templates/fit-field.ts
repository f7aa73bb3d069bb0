import type { CardSpec } from '../card-types.ts';
import { fitText } from '../fit-text.ts';
import type { CardWeight } from '../fonts.ts';
import type { CardGeometry, TypeRange } from './geometry.ts';
import type { DrawContext, FittedText } from './tree.ts';

/** A text of the card and the room it gets. */
export interface FieldRequest {
  spec: CardSpec;
  geometry: CardGeometry;
  /** Which content field the text comes from, for the warning. */
  field: string;
  text: string;
  width: number;
  height: number;
  range: TypeRange;
  lineHeight: number;
  weight: CardWeight;
  maxLines?: number;
}

/**
 * Fits one text of a card. Characters no shipped font has and text cut off with "…" are
 * reported with the entry, the field and the card size, so editors know what to shorten.
 */
export function fitField(request: FieldRequest, context: DrawContext): FittedText {
  const { geometry } = request;
  const cleaned = context.measurer.clean(request.text);
  if (cleaned.missing.length > 0) context.warn({ kind: 'missing-glyphs', field: request.field, characters: [...cleaned.missing] });
  const fit = fitText(
    cleaned.text,
    {
      width: request.width,
      height: request.height,
      maxSize: request.range.max,
      minSize: request.range.min,
      lineHeight: request.lineHeight,
      ...(request.maxLines ? { maxLines: request.maxLines } : {}),
    },
    (text, size) => context.measurer.width(text, size, request.weight),
  );
  if (fit.truncated) {
    const shown = fit.lines.join(' ');
    context.warn({
      kind: 'cut',
      field: request.field,
      width: geometry.width,
      height: geometry.height,
      shown,
      length: cleaned.text.length,
      allowed: shown.replace(/…$/, '').trimEnd().length,
    });
  }
  return { ...fit, width: request.width, weight: request.weight };
}
