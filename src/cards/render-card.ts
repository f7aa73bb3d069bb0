import { Resvg, type RenderedImage } from '@resvg/resvg-js';
import satori from 'satori';
import type { CardBrand, CardSize, CardSpec, CardWarning } from './card-types.ts';
import sharp from 'sharp';
import { loadCardFonts, textFamilyList } from './fonts.ts';
import { createTextMeasurer, type TextMeasurer } from './measure.ts';
import { woffToSfnt } from '../raster/woff-to-sfnt.ts';
import { dropRedundantMasks } from './svg-masks.ts';
import { drawCard } from './templates/index.ts';
import type { DrawContext } from './templates/tree.ts';

/** A rendered card and what went wrong while fitting its text. */
export interface RenderedCard {
  png: Uint8Array;
  warnings: CardWarning[];
}

interface Shared {
  root: string;
  measurer: TextMeasurer;
  families: string;
  /** Kept as one array: satori caches parsed fonts per array. */
  satoriFonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }>;
}
let shared: Shared | undefined;

function setUp(root: string) {
  if (shared?.root !== root) {
    const fonts = loadCardFonts(root);
    // Unpacked by node:zlib here: handed WOFF, satori's font parser inflates every table in
    // JavaScript, which was most of a worker's start (about half a second). The tables are the same.
    const satoriFonts = fonts.map((font) => ({
      name: font.family,
      data: woffToSfnt(font.data),
      weight: font.weight,
      style: 'normal' as const,
    }));
    shared = { root, measurer: createTextMeasurer(fonts), families: textFamilyList(fonts), satoriFonts };
  }
  return shared;
}

/**
 * The draw context for a project root: fonts parsed once per process (or worker). Embedded SVGs
 * are rasterised here, at their size on the card, because resvg does not lend its fonts to SVG
 * images nested in another SVG: chart labels would vanish.
 */
export function createDrawContext(root: string, warnings: CardWarning[], svgFontFiles: string[] = []): DrawContext {
  const { measurer, families } = setUp(root);
  const embedSvg = (svg: string, width: number) => {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: Math.round(width) }, font: resvgFonts(svgFontFiles) }).render().asPng();
    return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  };
  return { measurer, families, embedSvg, warn: (warning) => warnings.push(warning) };
}

function resvgFonts(fontFiles: string[]) {
  return { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Source Sans 3', sansSerifFamily: 'Source Sans 3' };
}

/**
 * Parses the fonts (for the measurer and for satori) and lets satori and resvg run once on a
 * blank card, so a worker's first real card costs what every other card costs: the figure the
 * build logs per card is then the drawing, not the start-up.
 */
export async function warmUpRenderer(root: string): Promise<void> {
  const { satoriFonts, families } = setUp(root);
  const svg = await satori(
    { type: 'div', props: { style: { display: 'flex', fontFamily: families }, children: 'Oogst' } } as unknown as Parameters<
      typeof satori
    >[0],
    { width: 8, height: 8, fonts: satoriFonts },
  );
  rasteriseCardSvg(svg).asPng();
}

/** The SVG satori draws for one card in one size, before rasterising. */
export async function drawCardSvg(
  root: string,
  spec: CardSpec,
  brand: CardBrand,
  size: CardSize,
  svgFontFiles: string[] = [],
): Promise<{ svg: string; warnings: CardWarning[] }> {
  const warnings: CardWarning[] = [];
  const context = createDrawContext(root, warnings, svgFontFiles);
  const tree = drawCard(spec, brand, size, context);
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: size.width,
    height: size.height,
    fonts: setUp(root).satoriFonts,
  });
  return { svg, warnings };
}

/**
 * Draws one card in one size with satori and rasterises it with resvg. `svgFontFiles` are
 * TrueType fonts for text inside embedded SVG images (charts); satori turns its own text into paths.
 */
export async function renderCard(
  root: string,
  spec: CardSpec,
  brand: CardBrand,
  size: CardSize,
  svgFontFiles: string[] = [],
): Promise<RenderedCard> {
  const { svg, warnings } = await drawCardSvg(root, spec, brand, size, svgFontFiles);
  return { png: await encodeCardPng(rasteriseCardSvg(svg)), warnings };
}

// satori has turned all the card's own text into paths: resvg needs no fonts for it.
const RASTER_OPTIONS = { fitTo: { mode: 'original' as const }, font: resvgFonts([]) };

/** resvg's pixels of a card's SVG, without the masks that only repeat a clip path (dropRedundantMasks). */
export function rasteriseCardSvg(svg: string): RenderedImage {
  return new Resvg(dropRedundantMasks(svg), RASTER_OPTIONS).render();
}

/**
 * The PNG file of rasterised card pixels, encoded by sharp (libvips) from resvg's premultiplied
 * RGBA: zlib level 3 without row filters is about twice as fast as resvg's own encoder (level 6,
 * Sub filter) on flat colour and anti-aliased text, and the files are no larger.
 */
export async function encodeCardPng(image: RenderedImage): Promise<Uint8Array> {
  const raw = { width: image.width, height: image.height, channels: 4 as const, premultiplied: true };
  return sharp(image.pixels, { raw }).png({ compressionLevel: 3, adaptiveFiltering: false }).toBuffer();
}
