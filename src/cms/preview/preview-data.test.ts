import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { harvestOfModel, visualsOfHarvest } from '../../cards/model-harvest.ts';
import { renderVisualSvg } from '../../charts/visual.ts';
import { readContentModel } from '../../model/content-model.ts';
import { visualFigureHtml } from '../admin/preview/visual-figure.ts';
import { buildPreviewColours, buildPreviewData } from './preview-data.ts';
import type { PreviewData } from './preview-data-file.ts';

describe('the data the CMS preview draws from', () => {
  const model = readContentModel(path.resolve('content'));
  // As the browser gets it: through JSON.
  const data = JSON.parse(JSON.stringify(buildPreviewData(model))) as PreviewData;

  it('draws every chart from its data as the same SVG the site draws', () => {
    const built = visualsOfHarvest(harvestOfModel(model)!);
    expect(data.visuals.map((visual) => visual.slug)).toEqual(built.map((visual) => visual.slug));
    expect(built.length).toBeGreaterThan(3);
    for (const [index, visual] of built.entries()) {
      for (const variant of ['wide', 'narrow'] as const)
        expect(renderVisualSvg(data.visuals[index]!, { theme: 'inline', variant }), visual.slug).toBe(
          renderVisualSvg(visual, { theme: 'inline', variant }),
        );
      expect(visualFigureHtml(data.visuals[index]!)).toContain(renderVisualSvg(visual, { theme: 'inline', variant: 'wide' }));
    }
  });

  it('cites sources as the site does and knows the names and statuses entries refer to', () => {
    const source = model.entries.find((entry) => entry.collection === 'sources' && entry.raw?.['date'] !== undefined)!;
    expect(data.sources[source.id]?.citation).toContain(String(source.raw!['title']));
    expect(data.sources[source.id]?.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    expect(Object.keys(data.themes).length).toBeGreaterThan(3);
    expect(data.statuses.map((status) => status.id)).toContain('onbekend');
  });

  it('gives the preview the site’s palette and theme colours', () => {
    expect(buildPreviewColours(model)).toMatch(/--oogst-/);
  });
});
