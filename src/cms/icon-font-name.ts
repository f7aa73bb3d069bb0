/** Sveltia's icon font: Material Symbols, one glyph per icon, reached by typing the icon's name (a ligature). */
export const ICON_FONT = /^material-symbols-outlined-.*\.woff2$/;
