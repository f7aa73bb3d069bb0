import { describe, expect, it } from 'vitest';
import { measureText, overlaps, wrapText } from './text.ts';

describe('measureText', () => {
  it('grows with the length of the text and the font size', () => {
    expect(measureText('Burgers', 15)).toBeLessThan(measureText('Burgers en bestuur', 15));
    expect(measureText('Burgers', 30)).toBeCloseTo(2 * measureText('Burgers', 15));
  });
  it('counts bold text wider than regular text', () => {
    expect(measureText('Wonen', 15, true)).toBeGreaterThan(measureText('Wonen', 15));
  });
});

describe('wrapText', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapText('Wonen', 200, 15)).toEqual(['Wonen']);
  });
  it('breaks at spaces so every line fits the width', () => {
    const lines = wrapText('Het nieuwe werken en leven in een blended samenleving', 150, 15);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measureText(line, 15)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe('Het nieuwe werken en leven in een blended samenleving');
  });
  it('breaks after a hyphen inside a word and keeps the hyphen', () => {
    expect(wrapText('Noord-Brabant', 60, 15)).toEqual(['Noord-', 'Brabant']);
    expect(wrapText('Noord-Brabant', 200, 15)).toEqual(['Noord-Brabant']);
  });
  it('never cuts a word that is longer than the line', () => {
    expect(wrapText('Arbeidsongeschiktheidsverzekering', 50, 15)).toEqual(['Arbeidsongeschiktheidsverzekering']);
  });
});

describe('overlaps', () => {
  it('is true for boxes that share area and false for boxes that only touch', () => {
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
  });
});
