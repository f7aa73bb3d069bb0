import nl from './nl.json' with { type: 'json' };

/** Every key of the Dutch dictionary: a typo in a key is a type error. */
export type MessageKey = keyof typeof nl;

const dictionary: Record<MessageKey, string> = nl;

/**
 * Looks up a UI string and fills `{name}` placeholders. One dictionary per language
 * keeps every string translatable; only Dutch exists today. A placeholder without its
 * value stops the build: readers would otherwise see "{site}" on the page.
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return dictionary[key].replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (!(name in params))
      throw new Error(
        `t('${key}'): de tekst "${dictionary[key]}" verwacht een waarde voor {${name}}; geef die mee of kies een tekst zonder {${name}} (src/i18n/nl.json).`,
      );
    return String(params[name]);
  });
}

export { formatDate, formatNumber } from './format.ts';
import { formatNumber } from './format.ts';

/** ISO date (YYYY-MM-DD) for `datetime` attributes and feeds. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const NUMBER_WORDS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];

/** Small numbers as Dutch words ("zes"), as a writer would put them in a heading; larger ones as digits. */
export function numberWord(value: number): string {
  return NUMBER_WORDS[value] ?? formatNumber(value);
}

/** The same text with its first letter capitalised, for a number word that opens a heading. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl-NL') + text.slice(1);
}
