import { describe, expect, it } from 'vitest';
import { findCsvMarkup } from './csv-markup.ts';

describe('markup in CSV cells', () => {
  it('warns with file, row, field and the markup found', () => {
    const warnings = findCsvMarkup('content/ideas.csv', [
      { line: 2, data: { text: 'Gewoon een idee, met 3 < 4 en een komma.' } },
      { line: 3, data: { text: '<script>alert(1)</script> meer groen', theme: 'wonen' } },
      { line: 4, data: { text: 'Zorg &amp; welzijn' } },
    ]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatchObject({ severity: 'warning', file: 'content/ideas.csv', line: 3, field: 'text' });
    expect(warnings[0]!.message).toMatch(/^bevat HTML-code \(<script>\)/);
    expect(warnings[1]).toMatchObject({ line: 4, field: 'text' });
  });
});
