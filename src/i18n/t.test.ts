import { describe, expect, it } from 'vitest';
import { capitalise, formatDate, formatNumber, numberWord, t } from './t';

describe('the Dutch dictionary', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('stories.page', { page: 2, pages: 5 })).toBe('Pagina 2 van 5');
    expect(t('stories.page', { page: 2 })).toBe('Pagina 2 van {pages}');
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
