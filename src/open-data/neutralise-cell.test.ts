import { describe, expect, it } from 'vitest';
import { neutraliseCell } from './neutralise-cell.ts';

describe('neutraliseCell', () => {
  it('puts an apostrophe before every formula start OWASP names, and their full-width forms', () => {
    for (const text of ['=1+1', '+31', '-2', '@SUM(A1)', '\tx', '\rx', '  =1', '\uFF1D1', '\uFF0B1', '\uFF0D1', '\uFF20a'])
      expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it('guards every part Dutch Excel or a line break makes a cell of its own: after a semicolon or a new line', () => {
    expect(neutraliseCell("Goed idee;=cmd|' /C calc'!A0")).toBe("Goed idee;'=cmd|' /C calc'!A0");
    expect(neutraliseCell('wonen; -2+3')).toBe("wonen;' -2+3");
    expect(neutraliseCell('eerste regel\n@SUM(1)')).toBe("eerste regel\n'@SUM(1)");
    expect(neutraliseCell('=a;+b')).toBe("'=a;'+b");
    expect(neutraliseCell('wonen;werken')).toBe('wonen;werken');
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['wonen', 'Meer groen: 5 = genoeg', '', '2021-05-26', "'al veilig"]) expect(neutraliseCell(text)).toBe(text);
  });
});
