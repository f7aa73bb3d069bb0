import { describe, expect, it } from 'vitest';
import { adjustForContrast, contrastRatio, MIN_TEXT_CONTRAST, TEXT_ON_COLOUR } from './contrast.ts';

describe('contrast', () => {
  it('computes WCAG ratios: 21 for black on white, 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1b3a6b', '#1b3a6b')).toBe(1);
  });

  it('suggests the nearest colour of the same hue that text can be read on, for any colour', () => {
    for (let i = 0; i < 200; i += 1) {
      const colour = `#${((i * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(-6)}`;
      for (const text of Object.values(TEXT_ON_COLOUR))
        expect(contrastRatio(adjustForContrast(colour, text), text), `${colour} on ${text}`).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    }
  });

  it('leaves a colour that passes as it is', () => {
    expect(adjustForContrast('#1b3a6b', '#ffffff')).toBe('#1b3a6b');
  });
});
