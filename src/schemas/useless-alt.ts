/**
 * Alt text that names no content (a generic word or a file name): the schemas refuse it, and so
 * does the CMS before it saves. A module of its own, without zod, so the CMS bundle can import it.
 */

const USELESS_ALT = /^(afbeelding|foto|plaatje|image|picture|photo|illustratie|logo)( van)?\.?$/i;
const FILE_NAME_ALT = /^[\w-]+\.(png|jpe?g|gif|webp|avif|svg)$/i;

/** The schema's message for such alt text. */
export const USELESS_ALT_MESSAGE =
  'alt-tekst zegt niets over de afbeelding (zoals "afbeelding" of een bestandsnaam): beschrijf wat er te zien is';

/** True for alt text that names no content: a generic word or a file name. */
export function isUselessAlt(value: string): boolean {
  const text = value.trim();
  return USELESS_ALT.test(text) || FILE_NAME_ALT.test(text);
}
