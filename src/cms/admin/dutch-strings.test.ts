import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dutchStrings, localeKeys } from './dutch-strings.ts';

const LOCALES = new URL('../../../node_modules/@sveltia/cms/locales/', import.meta.url);
const locale = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`${name}.json`, LOCALES)), 'utf8'));

describe('the CMS in Dutch', () => {
  it('has a Dutch string for every key of the interface’s own (English) strings', () => {
    const english = localeKeys(locale('en-US'));
    const dutch = new Set(localeKeys(dutchStrings(locale('nl'))));
    expect(english.length).toBeGreaterThan(900);
    expect(english.filter((key) => !dutch.has(key))).toEqual([]);
  });

  it('adds only keys the interface uses, and no English', () => {
    const english = new Set(localeKeys(locale('en-US')));
    const overlay = JSON.parse(readFileSync(new URL('./nl-overlay.json', import.meta.url), 'utf8'));
    const keys = localeKeys(overlay);
    expect(keys.filter((key) => !english.has(key))).toEqual([]);
    const dutch = dutchStrings(locale('nl')) as Record<string, Record<string, string>>;
    expect(dutch.save_conflict?.save_anyway).toBe('Toch opslaan');
    expect(dutch.show_errors).toBe('Fouten tonen');
  });
});
