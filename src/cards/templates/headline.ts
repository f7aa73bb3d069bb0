import type { CardSpec } from '../card-types.ts';
import { fitField } from './fit-field.ts';
import { LINE_HEIGHT, type CardGeometry } from './geometry.ts';
import { blockHeight, box, textBlock, type CardNode, type DrawContext } from './tree.ts';

/** Share of the body height the title may take; the sentence under it gets the rest. */
const TITLE_SHARE = 0.66;

/** Body of the theme, insight, chapter and site cards: a big title and a sentence under it. */
export function drawHeadline(spec: CardSpec, geometry: CardGeometry, context: DrawContext): CardNode {
  const { body, type, gap } = geometry;
  const title = fitField(
    {
      spec,
      geometry,
      field: spec.fields.title,
      text: spec.title,
      width: body.width,
      height: body.height * (spec.text ? TITLE_SHARE : 1),
      range: type.title,
      lineHeight: LINE_HEIGHT.title,
      weight: 700,
    },
    context,
  );
  const children = [textBlock(title, { colour: '#1a1a1a', lineHeight: LINE_HEIGHT.title }, context)];
  const room = body.height - blockHeight(title, LINE_HEIGHT.title) - gap;
  if (spec.text && room >= type.text.min * LINE_HEIGHT.text) {
    const text = fitField(
      {
        spec,
        geometry,
        field: spec.fields.text,
        text: spec.text,
        width: body.width,
        height: room,
        range: type.text,
        lineHeight: LINE_HEIGHT.text,
        weight: 400,
      },
      context,
    );
    children.push(textBlock(text, { colour: '#333333', lineHeight: LINE_HEIGHT.text }, context));
  }
  return box({ flexDirection: 'column', justifyContent: 'center', gap, width: body.width, height: body.height }, children);
}
