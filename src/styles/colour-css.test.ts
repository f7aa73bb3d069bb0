import { describe, expect, it } from 'vitest';
import { renderColourCss, themeColourClass } from './colour-css.ts';

const palette = { primary: '#154273', accent: '#FFB612' };

describe('the colour stylesheet', () => {
  it('sets the palette on :root and one class per theme', () => {
    const css = renderColourCss({
      palette,
      themes: [
        { id: 'wonen', colour: '#1F6F8B' },
        { id: 'werk-en-inkomen', colour: '#7a3b69' },
      ],
    });
    expect(css).toBe(
      ':root { --oogst-primary: #154273; --oogst-accent: #ffb612; }\n' +
        '.oogst-colour-wonen { --tile-colour: #1f6f8b; }\n' +
        '.oogst-colour-werk-en-inkomen { --tile-colour: #7a3b69; }\n',
    );
  });

  it('makes a class name out of any theme id', () => {
    expect(themeColourClass('Zorg_en Welzijn')).toBe('oogst-colour-zorg-en-welzijn');
  });

  it('refuses anything but a #RRGGBB colour, naming where it came from', () => {
    expect(() => renderColourCss({ palette, themes: [{ id: 'wonen', colour: 'red; } body { display: none' }] })).toThrow(
      /thema "wonen", veld colour/,
    );
    expect(() => renderColourCss({ palette: { ...palette, accent: 'url(x)' }, themes: [] })).toThrow(/palette\.accent/);
  });

  it('refuses two themes that would share a class', () => {
    expect(() =>
      renderColourCss({
        palette,
        themes: [
          { id: 'a_b', colour: '#111111' },
          { id: 'a-b', colour: '#222222' },
        ],
      }),
    ).toThrow(/dezelfde kleurklasse/);
  });
});
