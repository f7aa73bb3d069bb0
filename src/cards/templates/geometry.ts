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

/** Geometry for a card size: landscape cards are read small in a feed, tall ones fill a phone screen. */
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
    type: landscape
      ? { label: 30, title: { max: 68, min: 34 }, text: { max: 30, min: 24 }, quote: { max: 62, min: 32 }, footer: 28 }
      : { label: 38, title: { max: 104, min: 44 }, text: { max: 40, min: 30 }, quote: { max: 88, min: 40 }, footer: 36 },
    mark: landscape ? 52 : 72,
  };
}

/** Line heights: tight for headlines, open for running text. */
export const LINE_HEIGHT = { title: 1.12, text: 1.3 } as const;
