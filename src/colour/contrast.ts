/**
 * WCAG 2.1 contrast, the one place the site computes it: the schemas refuse content colours
 * that text cannot be read on, the charts and the share cards pick their text colours with it.
 */

/** Text colours the site draws on coloured backgrounds (tokens.css uses the same two). */
export const TEXT_ON_COLOUR = { light: '#ffffff', dark: '#1a1a1a' } as const;

/** The least contrast of normal text with its background (WCAG 1.4.3, level AA). */
export const MIN_TEXT_CONTRAST = 4.5;

/** Relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5]
    .map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const hex = (channels: number[]) =>
  `#${channels
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

/**
 * The nearest colour of the same hue that reaches `ratio` with `text`: darkened towards black
 * for light text, lightened towards white for dark text. Used to suggest a fix.
 */
export function adjustForContrast(colour: string, text: string, ratio = MIN_TEXT_CONTRAST): string {
  const channels = [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16));
  const towards = luminance(text) > 0.5 ? 0 : 255;
  for (let step = 0; step <= 100; step += 1) {
    const candidate = hex(channels.map((c) => c + ((towards - c) * step) / 100));
    // Round up to the next step when rounding to whole channel values lands just under the ratio.
    if (contrastRatio(candidate, text) >= ratio + 0.005) return candidate;
  }
  return towards === 0 ? '#000000' : '#ffffff';
}
