import { decodeEntities } from './character-references.ts';

/**
 * Rules for what content (Markdown, MDX, raw HTML in them) may contain. Editors write content,
 * but text is pasted from mails and documents, so nothing in it may run code in a reader's browser.
 */

/** Elements that run code, load other sites or change how the page works; content never needs them. */
export const FORBIDDEN_ELEMENTS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'form',
  'noscript',
  'template',
];

/** Attributes that hold a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'cite', 'srcset', 'data']);

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * True when a URL would run code or open an unexpected kind of document: `javascript:`,
 * `vbscript:`, `data:` (except images in `src`) and any other scheme than http(s), mailto and tel.
 * Relative URLs and fragments are safe.
 */
export function isUnsafeUrl(value: string, attribute = 'href'): boolean {
  // Browsers ignore control characters and whitespace inside the scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const url = decodeEntities(value)
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
    .toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
  if (!scheme) return false;
  if (scheme === 'data') return !(attribute === 'src' && /^data:image\/(png|gif|jpe?g|webp|avif);/.test(url));
  return !SAFE_SCHEMES.has(`${scheme}:`);
}

/** One problem in a piece of content, in Dutch for the editor. */
export type SafetyProblem = string;

/** Checks one element (Markdown, MDX or parsed HTML) by name and attributes. */
export function checkElement(name: string, attributes: Record<string, string | undefined>): SafetyProblem[] {
  const problems: SafetyProblem[] = [];
  const tag = name.toLowerCase();
  if (FORBIDDEN_ELEMENTS.includes(tag)) {
    problems.push(
      `het element <${tag}> mag niet in de inhoud staan: het kan code uitvoeren of een andere site laden. Haal het weg; vraag een ontwikkelaar als je iets interactiefs nodig hebt`,
    );
  }
  for (const [attribute, value] of Object.entries(attributes)) {
    const key = attribute.toLowerCase();
    if (/^on[a-z]+$/.test(key)) {
      problems.push(`het attribuut ${attribute} op <${tag}> voert code uit en mag niet in de inhoud staan: haal het weg`);
    } else if (value !== undefined && URL_ATTRIBUTES.has(key) && isUnsafeUrl(value, key)) {
      problems.push(
        `de link "${value.slice(0, 60)}" (${attribute} op <${tag}>) is niet veilig: gebruik een adres dat begint met https://, mailto: of /`,
      );
    }
  }
  return problems;
}

/** The `rel` an element that opens a new window needs, so the new page cannot reach back to ours. */
export function relForNewWindow(rel: string | undefined): string {
  const words = new Set((rel ?? '').split(/\s+/).filter(Boolean));
  words.add('noopener');
  words.add('noreferrer');
  return [...words].join(' ');
}
