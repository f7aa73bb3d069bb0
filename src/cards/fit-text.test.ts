import { describe, expect, it } from 'vitest';
import { breakLines, fitText, type FitBox } from './fit-text.ts';
import { loadCardFonts } from './fonts.ts';
import { createTextMeasurer } from './measure.ts';

const measurer = createTextMeasurer(loadCardFonts(process.cwd()));
const bold = (text: string, size: number) => measurer.width(text, size, 700);
const box: FitBox = { width: 1056, height: 240, maxSize: 68, minSize: 34, lineHeight: 1.12 };

/** Dutch words of every length, a long compound, an emoji and diacritics, cut at `length` characters. */
function titleOf(length: number): string {
  const words =
    'De dialoogtafelgesprekken over herstel 🌱 en vernieuwing na de crisis: ideeën van burgers, café-eigenaren en ĳverige bestuurders — “samen verder” '.repeat(
      4,
    );
  return words.slice(0, length).trim() || 'X';
}

describe('fitText', () => {
  it('keeps every line of every title from 1 to 200 characters inside the box', () => {
    for (let length = 1; length <= 200; length++) {
      const fit = fitText(titleOf(length), box, bold);
      const tooWide = fit.lines.filter((line) => bold(line, fit.fontSize) > box.width);
      expect(tooWide, `title of ${length} characters`).toEqual([]);
      expect(fit.lines.length * fit.fontSize * box.lineHeight).toBeLessThanOrEqual(box.height);
      expect(fit.fontSize).toBeGreaterThanOrEqual(box.minSize);
      // Up to 200 characters a title shrinks but is never cut (cutting has its own test below).
      expect(fit.truncated, `title of ${length} characters`).toBe(false);
    }
  });

  it('shrinks a longer title before cutting it', () => {
    const short = fitText('Wonen', box, bold);
    const longer = fitText(
      'Hoe wonen we na de crisis, wie helpt er mee om de buurt leefbaar te houden, en wat vragen bewoners van de gemeente?',
      box,
      bold,
    );
    expect(short.fontSize).toBe(box.maxSize);
    expect(longer.fontSize).toBeLessThan(box.maxSize);
    expect(longer.truncated).toBe(false);
  });

  it('cuts text that does not fit at the smallest size with an ellipsis', () => {
    const fit = fitText('herstel '.repeat(80), box, bold);
    expect(fit.truncated).toBe(true);
    expect(fit.fontSize).toBe(box.minSize);
    expect(fit.lines.at(-1)).toMatch(/herstel…$/);
  });

  it('breaks a compound that is wider than the line at a Dutch syllable, with a hyphen', () => {
    const { lines, forced } = breakLines('dialoogtafelgesprekken', 300, (text) => bold(text, 60));
    expect(forced).toBe(false);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(0, -1).every((line) => line.endsWith('-'))).toBe(true);
    expect(lines.join('').replaceAll('-', '')).toBe('dialoogtafelgesprekken');
    const syllableHeads = ['dia', 'dialoog', 'dialoogta', 'dialoogtafel', 'dialoogtafelge', 'dialoogtafelgesprek'].map(
      (head) => `${head}-`,
    );
    expect(syllableHeads).toContain(lines[0]);
  });

  it('breaks between letters only when no syllable break fits', () => {
    const { lines, forced } = breakLines('https://www.watisjouwidee.nl/verhalen/', 200, (text) => bold(text, 40));
    expect(forced).toBe(true);
    for (const line of lines) expect(bold(line, 40)).toBeLessThanOrEqual(200);
  });
});
