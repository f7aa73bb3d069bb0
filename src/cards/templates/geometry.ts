import type { CardSize } from '../card-types.ts';

/** Font sizes a text may use on a card: it shrinks from max to min before it is cut. */
export interface TypeRange {
  max: number;
  min: number;
}

/** Where things go on a card of one size. All numbers in pixels. */
export interface CardGeometry {
  width: number;
  height: number;
  padX: number;
  /** Height of the coloured band at the top, and of the footer. */
  band: number;
  footer: number;
  /** Extra room kept free at top and bottom: story formats put app controls there. */
  safeTop: number;
  safeBottom: number;
  /** The area between band and footer, inside the padding. */
  body: { x: number; y: number; width: number; height: number };
  gap: number;
  type: { label: number; title: TypeRange; text: TypeRange; quote: TypeRange; footer: number };
  mark: number;
}

/** Geometry for a card size; the scale follows the card's width, the room follows its height. */
export function geometryFor(size: CardSize): CardGeometry {
  const landscape = size.width > size.height;
  const story = size.height / size.width > 1.6;
  const padX = landscape ? 72 : 80;
  const band = landscape ? 84 : 120;
  const footer = landscape ? 92 : 128;
  const safeTop = story ? 200 : 0;
  const safeBottom = story ? 220 : 0;
  const padY = landscape ? 36 : 64;
  const bodyY = safeTop + band + padY;
  const bodyHeight = size.height - bodyY - padY - footer - safeBottom;
  const scale = landscape ? 1 : 1.3;
  return {
    width: size.width,
    height: size.height,
    padX,
    band,
    footer,
    safeTop,
    safeBottom,
    body: { x: padX, y: bodyY, width: size.width - 2 * padX, height: bodyHeight },
    gap: landscape ? 20 : 36,
    type: {
      label: Math.round(30 * scale),
      title: { max: Math.round(62 * scale), min: Math.round(34 * scale) },
      text: { max: Math.round(30 * scale), min: Math.round(24 * scale) },
      quote: { max: Math.round(60 * scale), min: Math.round(32 * scale) },
      footer: Math.round(28 * scale),
    },
    mark: landscape ? 52 : 72,
  };
}

/** Line heights: tight for headlines, open for running text. */
export const LINE_HEIGHT = { title: 1.12, text: 1.3 } as const;
