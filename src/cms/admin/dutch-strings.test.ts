import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dutchStrings, localeKeys } from './dutch-strings.ts';

const LOCALES = new URL('../../../node_modules/@sveltia/cms/locales/', import.meta.url);
const locale = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`${name}.json`, LOCALES)), 'utf8'));

/**
 * Strings that read the same in Dutch as in English: Dutch words too (Menu, Details, Link), units
 * and formats. Any other Dutch string equal to its English one is English that slipped through.
 */
const SAME_IN_DUTCH = new Set([
  'Details',
  'Later',
  'Menu',
  'Account',
  'Help',
  'Type',
  'Video',
  'Audio',
  'Document',
  'Link',
  'Editor',
  'Media',
  'Status: {$status}',
  'MIDI',
  'JavaScript',
  '{$size} bytes',
  '{$size} KB',
  '{$size} MB',
  '{$size} GB',
  '{$size} TB',
  'OK',
  'Code',
  'URL',
]);

const valueAt = (strings: object, key: string): unknown =>
  key.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown> | undefined)?.[part], strings);

describe('the CMS in Dutch', () => {
  it('has a Dutch string for every key of the interface’s own (English) strings', () => {
    const english = localeKeys(locale('en-US'));
    const dutch = new Set(localeKeys(dutchStrings(locale('nl'))));
    expect(english.length).toBeGreaterThan(900);
    expect(english.filter((key) => !dutch.has(key))).toEqual([]);
  });

  it('has no English left: no Dutch string equals its English one unless it is Dutch too', () => {
    const english = locale('en-US');
    const dutch = dutchStrings(locale('nl'));
    const same = localeKeys(english).filter((key) => valueAt(english, key) === valueAt(dutch, key));
    expect(same.length).toBeGreaterThan(10);
    expect(same.filter((key) => !SAME_IN_DUTCH.has(String(valueAt(dutch, key))))).toEqual([]);
    // The site has one language: no code such as "_default" in the names of buttons.
    expect(valueAt(dutch, 'show_content_options_x_locale')).not.toContain('{$locale}');
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
