import { t } from '../../i18n/t.ts';
import type { CardBrand, CardSpec } from '../card-types.ts';
import { fitField } from './fit-field.ts';
import type { CardGeometry } from './geometry.ts';
import { markDataUri } from './mark.ts';
import { box, image, textBlock, textOn, type CardNode, type DrawContext } from './tree.ts';

const INK = '#1a1a1a';
const FOOTER_RULE = 6;

/**
 * The part every card shares: a band in the card's colour with its label (and "voorbeeld"
 * for illustrative material), the body, and a footer with mark, site name and short URL.
 */
export function drawFrame(spec: CardSpec, brand: CardBrand, geometry: CardGeometry, body: CardNode, context: DrawContext): CardNode {
  const bandInk = textOn(spec.colour);
  const labelRoom = geometry.width - 2 * geometry.padX - (spec.example ? geometry.type.label * 7 : 0);
  const label = fitField(
    // A long organisation name may shrink a little and take a second line before it is cut.
    {
      spec,
      geometry,
      field: 'label',
      text: spec.label,
      width: labelRoom,
      height: geometry.band - 12,
      range: { max: geometry.type.label, min: Math.round(geometry.type.label * 0.75) },
      lineHeight: 1.15,
      weight: 700,
      maxLines: 2,
    },
    context,
  );
  const band = box(
    {
      // satori sizes boxes without their padding and border (content-box), so these add up to the geometry.
      height: geometry.band,
      paddingTop: geometry.safeTop,
      paddingLeft: geometry.padX,
      paddingRight: geometry.padX,
      alignItems: 'center',
      justifyContent: 'space-between',
      backgroundColor: spec.colour,
      flexShrink: 0,
    },
    [textBlock(label, { colour: bandInk, lineHeight: 1.15 }, context), ...(spec.example ? [exampleTag(geometry, spec.colour)] : [])],
  );
  const footerText = geometry.type.footer;
  const nameRoom = Math.floor((geometry.width - 2 * geometry.padX - geometry.mark - 24) * 0.55);
  const urlRoom = geometry.width - 2 * geometry.padX - geometry.mark - 24 - nameRoom - 24;
  const single = { height: footerText * 1.2, lineHeight: 1.2, maxLines: 1 } as const;
  const name = fitField(
    {
      spec,
      geometry,
      field: 'site.name',
      text: brand.siteName,
      width: nameRoom,
      range: { max: footerText, min: Math.round(footerText * 0.75) },
      weight: 700,
      ...single,
    },
    context,
  );
  const url = fitField(
    {
      spec,
      geometry,
      field: 'site.shortUrl',
      text: brand.shortUrl,
      width: urlRoom,
      range: { max: footerText, min: Math.round(footerText * 0.75) },
      weight: 400,
      ...single,
    },
    context,
  );
  const footer = box(
    {
      height: geometry.footer - FOOTER_RULE,
      paddingBottom: geometry.safeBottom,
      paddingLeft: geometry.padX,
      paddingRight: geometry.padX,
      alignItems: 'center',
      justifyContent: 'space-between',
      borderTop: `${FOOTER_RULE}px solid ${spec.colour}`,
      backgroundColor: '#f5f5f5',
      flexShrink: 0,
    },
    [
      box({ alignItems: 'center', gap: 24 }, [
        image(markDataUri(brand.accent, textOn(brand.accent)), geometry.mark, geometry.mark),
        textBlock(name, { colour: INK, lineHeight: 1.2 }, context),
      ]),
      textBlock(url, { colour: '#333333', lineHeight: 1.2 }, context),
    ],
  );
  return box(
    {
      width: geometry.width,
      height: geometry.height,
      flexDirection: 'column',
      backgroundColor: '#ffffff',
      color: INK,
      fontFamily: context.families,
      // No overflow: hidden here: the frame is the canvas already, and satori turns it into a mask
      // on every element below, which doubled resvg's time per card with identical pixels.
    },
    [
      band,
      box(
        {
          flexGrow: 1,
          flexDirection: 'column',
          padding: `${geometry.body.y - geometry.safeTop - geometry.band}px ${geometry.padX}px`,
          overflow: 'hidden',
        },
        [body],
      ),
      footer,
    ],
  );
}

function exampleTag(geometry: CardGeometry, colour: string): CardNode {
  const size = Math.round(geometry.type.label * 0.8);
  return box(
    {
      paddingLeft: size * 0.6,
      paddingRight: size * 0.6,
      height: size * 1.6,
      alignItems: 'center',
      borderRadius: size * 0.8,
      backgroundColor: '#ffffff',
      color: textOn(colour) === '#ffffff' ? colour : INK,
      border: `3px solid ${INK}`,
      fontSize: size,
      fontWeight: 700,
      letterSpacing: 1,
    },
    t('cards.exampleMark'),
  );
}
