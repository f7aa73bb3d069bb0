import { describe, expect, it } from 'vitest';
import { renderChartSvg } from './render-svg.ts';
import { FIXTURES } from './test-fixtures.ts';
import { layoutVisual, renderVisualSvg } from './visual.ts';

describe('renderVisualSvg', () => {
  for (const [name, input] of Object.entries(FIXTURES)) {
    it(`renders the ${name} fixture as it did before (golden SVG)`, async () => {
      const wide = renderVisualSvg(input, { theme: 'inline', variant: 'wide' });
      expect(wide).not.toMatch(/NaN|undefined|Infinity/);
      await expect(wide).toMatchFileSnapshot(`__snapshots__/${name}.wide.svg`);
      await expect(renderVisualSvg(input, { theme: 'inline', variant: 'narrow' })).toMatchFileSnapshot(`__snapshots__/${name}.narrow.svg`);
    });
  }

  it('gives the chart an image role with its title and a description that states the finding', () => {
    const svg = renderVisualSvg(FIXTURES.bar!, { theme: 'inline', variant: 'wide' });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="bar-wide-title bar-wide-desc"/);
    expect(svg).toContain('<title id="bar-wide-title">Voorbeeldgrafiek bar</title>');
    expect(svg).toContain('Het meest bij Burgers (612 deelnemers), het minst bij Lokale bestuurders (41 deelnemers)');
  });

  it('prefixes every id with the slug and variant, so two charts on one page never share an id', () => {
    const a = renderVisualSvg(FIXTURES['stacked-bar']!, { theme: 'inline', variant: 'wide' });
    const b = renderVisualSvg(FIXTURES['stacked-bar']!, { theme: 'inline', variant: 'narrow' });
    const c = renderVisualSvg(FIXTURES['grouped-bar']!, { theme: 'inline', variant: 'wide' });
    const ids = [a, b, c].flatMap((svg) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(a).toContain('fill="url(#stacked-bar-wide-p0)"');
  });

  it('says there is no data yet instead of drawing an empty chart', () => {
    for (const input of Object.values(FIXTURES)) {
      const empty = { ...input, table: { columns: input.table.columns, rows: [] } };
      const svg = renderVisualSvg(empty, { theme: 'inline', variant: 'wide' });
      expect(svg).toContain('Er zijn nog geen gegevens voor deze grafiek.');
      expect(svg).not.toContain('NaN');
    }
  });

  it('gives the same output every time: no random ids, no dates', () => {
    expect(renderVisualSvg(FIXTURES.timeline!, { theme: 'light' })).toBe(renderVisualSvg(FIXTURES.timeline!, { theme: 'light' }));
  });

  it('embeds the light palette, a size and the title and source in a download', () => {
    const svg = renderVisualSvg(FIXTURES.bar!, { theme: 'light' });
    expect(svg).toMatch(/^<svg [^>]*width="\d+" height="\d+"/);
    expect(svg).toContain('<style>');
    expect(svg).toContain('>Bron: Testgegevens</text>');
    expect(svg).not.toContain('var(--');
  });

  it('scales a card chart into the size the card asks for, without a title of its own', () => {
    const svg = renderVisualSvg(FIXTURES.waffle!, { theme: 'card', width: 1000, height: 400 });
    expect(svg).toMatch(/viewBox="0 0 640 [\d.]+" width="1000" height="400"/);
    expect(svg).not.toContain('Bron:');
    expect(renderVisualSvg(FIXTURES.waffle!, { theme: 'card', variant: 'narrow', width: 1080, height: 1080 })).toMatch(
      /viewBox="0 0 320 [\d.]+" width="1080"/,
    );
  });
});

describe('renderChartSvg', () => {
  it('escapes text so data can never inject markup', () => {
    const model = { width: 100, height: 20, marks: [{ kind: 'text' as const, x: 0, y: 10, lines: ['<b>Thuis & werk</b>'], size: 12 }] };
    const svg = renderChartSvg(model, { idPrefix: 't', title: 'A & B', description: '<x>' });
    expect(svg).toContain('&lt;b&gt;Thuis &amp; werk&lt;/b&gt;');
    expect(svg).toContain('<title id="t-title">A &amp; B</title>');
    expect(svg).not.toContain('<b>');
  });

  it('rounds coordinates to one decimal', () => {
    const model = layoutVisual(FIXTURES.line!, { width: 720, variant: 'wide' });
    const svg = renderChartSvg(model, { idPrefix: 'x', title: 't', description: 'd' });
    expect(svg).not.toMatch(/\d\.\d{2,}/);
  });
});
