import { describe, expect, it } from 'vitest';
import { neutraliseCell } from './neutralise-cell.ts';

describe('neutraliseCell', () => {
  it('puts an apostrophe before every formula start OWASP names, and their full-width forms', () => {
    for (const text of ['=1+1', '+31', '-2', '@SUM(A1)', '\tx', '\rx', '  =1', '\uFF1D1', '\uFF0B1', '\uFF0D1', '\uFF20a'])
      expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['wonen', 'Meer groen: 5 = genoeg', '', '2021-05-26', "'al veilig"]) expect(neutraliseCell(text)).toBe(text);
  });
});
