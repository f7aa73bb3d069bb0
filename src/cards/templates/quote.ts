import type { CardSpec } from '../card-types.ts';
import { fitField } from './fit-field.ts';
import { LINE_HEIGHT, type CardGeometry } from './geometry.ts';
import { blockHeight, box, textBlock, type CardNode, type DrawContext } from './tree.ts';

/** Body of a story card: the pull quote set large between quote marks, and where it comes from. */
export function drawQuote(spec: CardSpec, geometry: CardGeometry, context: DrawContext): CardNode {
  const { body, type, gap } = geometry;
  const markSize = Math.round(type.quote.max * 1.6);
  const markHeight = Math.round(markSize * 0.55);
  const source = fitField(
    {
      spec,
      geometry,
      field: spec.fields.text,
      text: spec.attribution,
      width: body.width,
      height: type.text.min * LINE_HEIGHT.text * 2,
      range: { max: type.text.min, min: type.text.min },
      lineHeight: LINE_HEIGHT.text,
      weight: 400,
      maxLines: 2,
    },
    context,
  );
  const quoteRoom = body.height - markHeight - blockHeight(source, LINE_HEIGHT.text) - 2 * gap;
  const quote = fitField(
    {
      spec,
      geometry,
      field: spec.fields.quote,
      text: `${spec.quote}”`,
      width: body.width,
      height: quoteRoom,
      range: type.quote,
      lineHeight: LINE_HEIGHT.title,
      weight: 700,
    },
    context,
  );
  return box({ flexDirection: 'column', justifyContent: 'center', gap, width: body.width, height: body.height }, [
    // The opening mark hangs above the text in the card's colour; the closing mark ends the quote itself.
    box(
      { height: markHeight, fontSize: markSize, fontWeight: 700, lineHeight: 1, color: spec.colour, overflow: 'hidden', flexShrink: 0 },
      '“',
    ),
    textBlock(quote, { colour: '#1a1a1a', lineHeight: LINE_HEIGHT.title }, context),
    textBlock(source, { colour: '#333333', lineHeight: LINE_HEIGHT.text }, context),
  ]);
}
