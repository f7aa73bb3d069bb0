import type { CardSpec } from '../card-types.ts';
import { fitField } from './fit-field.ts';
import { LINE_HEIGHT, type CardGeometry } from './geometry.ts';
import { blockHeight, box, image, textBlock, type CardNode, type DrawContext } from './tree.ts';

/**
 * Body of a visual card: the title and the chart itself. Landscape cards put them side by side.
 * Without a chart SVG the caption takes the chart's place, so the card is still complete.
 */
export function drawChart(spec: CardSpec, geometry: CardGeometry, context: DrawContext): CardNode {
  const { body, type, gap } = geometry;
  const sideBySide = geometry.width > geometry.height;
  const titleWidth = sideBySide ? Math.round(body.width * 0.4) : body.width;
  const title = fitField(
    {
      spec,
      geometry,
      field: spec.fields.title,
      text: spec.title,
      width: titleWidth,
      height: sideBySide ? body.height : body.height * 0.3,
      range: type.title,
      lineHeight: LINE_HEIGHT.title,
      weight: 700,
    },
    context,
  );
  const titleBlock = textBlock(title, { colour: '#1a1a1a', lineHeight: LINE_HEIGHT.title }, context);
  const chartBox = sideBySide
    ? { width: body.width - titleWidth - gap * 2, height: body.height }
    : { width: body.width, height: body.height - blockHeight(title, LINE_HEIGHT.title) - gap };
  const chart = spec.chartSvg ? drawChartImage(spec.chartSvg, chartBox, context) : drawCaption(spec, geometry, chartBox, context);
  return box({ flexDirection: sideBySide ? 'row' : 'column', gap: sideBySide ? gap * 2 : gap, width: body.width, height: body.height }, [
    titleBlock,
    chart,
  ]);
}

/** Scales the chart into the box, keeping its aspect ratio from the SVG's viewBox. */
function drawChartImage(svg: string, room: { width: number; height: number }, context: DrawContext): CardNode {
  const viewBox = /viewBox=["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(svg);
  const ratio = viewBox ? Number(viewBox[1]) / Number(viewBox[2]) : 1.6;
  const width = Math.floor(Math.min(room.width, room.height * ratio));
  const height = Math.floor(width / ratio);
  const src = context.embedSvg(svg, width, height);
  return box({ width: room.width, height: room.height, alignItems: 'center', justifyContent: 'center', flexShrink: 0 }, [
    image(src, width, height),
  ]);
}

function drawCaption(spec: CardSpec, geometry: CardGeometry, room: { width: number; height: number }, context: DrawContext): CardNode {
  const text = fitField(
    {
      spec,
      geometry,
      field: spec.fields.text,
      text: spec.text,
      width: room.width,
      height: room.height,
      range: geometry.type.text,
      lineHeight: LINE_HEIGHT.text,
      weight: 400,
    },
    context,
  );
  return box({ width: room.width, height: room.height, flexShrink: 0 }, [
    textBlock(text, { colour: '#333333', lineHeight: LINE_HEIGHT.text }, context),
  ]);
}
