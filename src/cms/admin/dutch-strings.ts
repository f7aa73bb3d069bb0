import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Strings = { [key: string]: string | Strings };

/** Sveltia's Dutch strings with the project's overlay (nl-overlay.json) for those it lacks or words otherwise. */
export function dutchStrings(sveltiaDutch: Strings): Strings {
  const overlay = JSON.parse(readFileSync(fileURLToPath(new URL('./nl-overlay.json', import.meta.url)), 'utf8')) as Strings;
  const merge = (base: Strings, extra: Strings): Strings => {
    const out: Strings = { ...base };
    for (const [key, value] of Object.entries(extra)) {
      const current = out[key];
      out[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : value;
    }
    return out;
  };
  return merge(sveltiaDutch, overlay);
}

/** Every key of a locale as a dotted path. */
export function localeKeys(strings: Strings, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'object' ? localeKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}
