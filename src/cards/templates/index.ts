import type { CardBrand, CardKind, CardSize, CardSpec } from '../card-types.ts';
import { drawChart } from './chart.ts';
import { drawFrame } from './frame.ts';
import { geometryFor, type CardGeometry } from './geometry.ts';
import { drawHeadline } from './headline.ts';
import { drawQuote } from './quote.ts';
import type { CardNode, DrawContext } from './tree.ts';

type BodyTemplate = (spec: CardSpec, geometry: CardGeometry, context: DrawContext) => CardNode;

/** The body template of each card kind; the frame around it is the same for all. */
export const CARD_TEMPLATES: Record<CardKind, BodyTemplate> = {
  site: drawHeadline,
  theme: drawHeadline,
  insight: drawHeadline,
  chapter: drawHeadline,
  visual: drawChart,
  story: drawQuote,
  followup: drawHeadline,
  followupStatus: drawHeadline,
};

/** The satori element tree of one card in one size. */
export function drawCard(spec: CardSpec, brand: CardBrand, size: CardSize, context: DrawContext): CardNode {
  const geometry = geometryFor(size);
  return drawFrame(spec, brand, geometry, CARD_TEMPLATES[spec.kind](spec, geometry, context), context);
}
