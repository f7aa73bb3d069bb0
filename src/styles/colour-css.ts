/**
 * The site's own colours as a small stylesheet: the palette from site.yaml and one class per
 * theme. Pages use these classes instead of `style` attributes, so the Content Security Policy
 * needs no 'unsafe-hashes' and every page of a kind carries the same policy.
 */

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** The class that gives an element its theme's colour (as `--tile-colour`). */
export function themeColourClass(themeId: string): string {
  return `oogst-colour-${themeId.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`;
}

export interface ColourInput {
  palette: { primary: string; accent: string };
  themes: readonly { id: string; colour: string }[];
}

/**
 * The stylesheet for `input`. Its rules are not in a cascade layer, so they win over the
 * default tokens (which are), in light and dark mode alike. Colours were checked by the
 * schemas; they are checked again here because they are written into CSS.
 */
export function renderColourCss({ palette, themes }: ColourInput): string {
  const colour = (value: string, where: string) => {
    if (!HEX_COLOUR.test(value)) throw new Error(`${where}: "${value}" is geen kleur in de vorm #RRGGBB`);
    return value.toLowerCase();
  };
  const rules = [
    `:root { --oogst-primary: ${colour(palette.primary, 'site.yaml, palette.primary')}; --oogst-accent: ${colour(palette.accent, 'site.yaml, palette.accent')}; }`,
  ];
  const seen = new Map<string, string>();
  for (const theme of themes) {
    const name = themeColourClass(theme.id);
    const other = seen.get(name);
    if (other !== undefined)
      throw new Error(
        `De thema's "${other}" en "${theme.id}" krijgen dezelfde kleurklasse (${name}); geef een van beide een andere bestandsnaam`,
      );
    seen.set(name, theme.id);
    rules.push(`.${name} { --tile-colour: ${colour(theme.colour, `thema "${theme.id}", veld colour`)}; }`);
  }
  return `${rules.join('\n')}\n`;
}
