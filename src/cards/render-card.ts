import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { CardBrand, CardSize, CardSpec } from './card-types.ts';
import { loadCardFonts, textFamilyList } from './fonts.ts';
import { createTextMeasurer, type TextMeasurer } from './measure.ts';
import { drawCard } from './templates/index.ts';
import type { DrawContext } from './templates/tree.ts';

/** A rendered card and what went wrong while fitting its text. */
export interface RenderedCard {
  png: Uint8Array;
  warnings: string[];
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
    const satoriFonts = fonts.map((font) => ({ name: font.family, data: font.data, weight: font.weight, style: 'normal' as const }));
    shared = { root, measurer: createTextMeasurer(fonts), families: textFamilyList(fonts), satoriFonts };
  }
  return shared;
}

/** The draw context for a project root: fonts parsed once per process (or worker). */
export function createDrawContext(root: string, warnings: string[]): DrawContext {
  const { measurer, families } = setUp(root);
  return { measurer, families, warn: (message) => warnings.push(message) };
}

/** Draws one card in one size with satori and rasterises it with resvg. */
export async function renderCard(root: string, spec: CardSpec, brand: CardBrand, size: CardSize): Promise<RenderedCard> {
  const warnings: string[] = [];
  const context = createDrawContext(root, warnings);
  const tree = drawCard(spec, brand, size, context);
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: size.width, height: size.height, fonts: setUp(root).satoriFonts });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  return { png, warnings };
}
