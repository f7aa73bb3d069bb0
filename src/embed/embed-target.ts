import type { VisualInput } from '../charts/types.ts';
import { layoutVisual, renderVisualSvg, VARIANT_WIDTH } from '../charts/visual.ts';
import { labelExample } from '../data/example-rule.ts';
import { absoluteUrl, ROUTES } from '../data/routes.ts';
import { t } from '../i18n/t.ts';
import { PNG_SCALE } from '../raster/svg-to-png.ts';
import { estimateEmbedHeight, svgSize, type EmbedTarget } from './embed-code.ts';

/** The frame's accessible name, the Dutch word before the chart's title. */
export const FRAME_LABEL = t('embed.frameLabel');

/**
 * A visual as the embed codes see it: absolute addresses from site.yaml's `baseUrl`, the PNG's
 * size, and a starting height. An example chart says so in its title and alt text, which travel
 * with the code to other sites.
 */
export function embedTargetOf(visual: VisualInput, baseUrl: string): EmbedTarget {
  const { spec, slug } = visual;
  const chart = layoutVisual(visual, { width: VARIANT_WIDTH.wide, variant: 'wide' });
  // The PNG is drawn from this SVG (src/pages/cijfers/[slug].png.ts), PNG_SCALE pixels per unit.
  const image = svgSize(renderVisualSvg(visual, { theme: 'light' }));
  return {
    title: labelExample(spec.title, visual.example),
    alt: labelExample(spec.alt, visual.example),
    embedUrl: absoluteUrl(baseUrl, ROUTES.embed(slug)),
    pageUrl: absoluteUrl(baseUrl, ROUTES.visual(slug)),
    imageUrl: absoluteUrl(baseUrl, ROUTES.visualFile(slug, 'png')),
    image,
    thumbnail: { width: Math.round(image.width * PNG_SCALE), height: Math.round(image.height * PNG_SCALE) },
    height: estimateEmbedHeight(chart, spec),
  };
}
