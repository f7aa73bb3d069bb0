import { describe, expect, it } from 'vitest';
import { capitalise, formatDate, formatNumber, numberWord, t } from './t.ts';

describe('the Dutch dictionary', () => {
  it('fills placeholders', () => {
    expect(t('stories.page', { page: 2, pages: 5 })).toBe('Pagina 2 van 5');
  });

  it('refuses a placeholder without its value, naming the key and the placeholder', () => {
    expect(() => t('stories.page', { page: 2 })).toThrow(/t\('stories\.page'\).*\{pages\}/);
    expect(() => t('cards.alt')).toThrow(/\{site\}/);
  });

  it('writes dates and numbers the Dutch way, independent of the machine', () => {
    expect(formatDate(new Date(Date.UTC(2021, 4, 26)))).toBe('26 mei 2021');
    expect(formatNumber(1234)).toBe('1.234');
  });

  it('writes small numbers as words for headings', () => {
    expect(capitalise(t('home.insightsTitle', { count: numberWord(6) }))).toBe('Zes inzichten uit de gesprekken');
    expect(numberWord(80)).toBe('80');
  });
});
