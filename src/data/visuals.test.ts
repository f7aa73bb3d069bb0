import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { visualSchema } from '../schemas/visual.ts';
import type { Harvest } from './harvest.ts';
import { resolveVisual } from './visuals.ts';

const table = (id: string, track: string, region: string, participants: number, month: string) => ({
  id,
  data: {
    id,
    date: new Date(`${month}-10T00:00:00Z`),
    track,
    region,
    participants,
    themes: ['wonen'],
    title: 'Tafel',
    example: true,
    line: 2,
  },
});

const harvest = {
  themes: [{ id: 'wonen', data: { title: 'Wonen en leven', shortTitle: 'Wonen' } }],
  insights: [],
  tables: [table('T1', 'burgers', 'utrecht', 8, '2021-02'), table('T2', 'middenveld', 'zeeland', 6, '2021-04')],
  ideas: [{ id: '1', data: { table: 'T1', theme: 'wonen', kind: 'idee', text: 'Een idee', example: true } }],
} as unknown as Harvest;

const entry = (id: string, spec: Record<string, unknown>, filePath = `content/visuals/${id}.yaml`) =>
  ({
    id,
    filePath,
    data: visualSchema.parse({
      title: 'Een grafiek',
      alt: 'Wat de grafiek laat zien.',
      caption: 'Een bijschrift.',
      source: 'Test',
      ...spec,
    }),
  }) as Parameters<typeof resolveVisual>[0];

describe('resolveVisual', () => {
  it('sums the site’s tables per track, listing every track', async () => {
    const visual = await resolveVisual(
      entry('deelname', {
        type: 'bar',
        data: { from: 'tables', groupBy: ['track'], sum: 'participants' },
        encoding: { label: 'track', value: 'participants' },
      }),
      harvest,
    );
    expect(visual.table.rows.map((row) => [row.track, row.participants])).toEqual([
      ['burgers', 8],
      ['middenveld', 6],
      ['wetenschap', 0],
      ['bestuur', 0],
    ]);
  });

  it('counts ideas per theme and track of their table, and names themes by their short title', async () => {
    const visual = await resolveVisual(
      entry('ideeen', {
        type: 'stacked-bar',
        data: { from: 'ideas', groupBy: ['theme', 'track'] },
        encoding: { label: 'theme', series: 'track', value: 'aantal' },
      }),
      harvest,
    );
    expect(visual.table.rows.find((row) => row.track === 'burgers')).toEqual({ theme: 'wonen', track: 'burgers', aantal: 1 });
    expect(visual.valueLabels.wonen).toBe('Wonen');
  });

  it('stops on a groupBy column the site data does not have, listing the ones it has', async () => {
    const bad = entry('x', {
      type: 'bar',
      data: { from: 'tables', groupBy: ['provincie'] },
      encoding: { label: 'provincie', value: 'aantal' },
    });
    await expect(resolveVisual(bad, harvest)).rejects.toThrow(
      /content\/visuals\/x\.yaml, veld data\.groupBy: de kolom "provincie" bestaat niet in de dialoogtafels \(tables\.csv\); beschikbare kolommen: track, region, themes, month, year, example/,
    );
  });

  it('reads the CSV next to the spec and stops on an encoding column it does not have', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'oogst-visual-'));
    writeFileSync(path.join(folder, 'tijdlijn.csv'), 'start,titel\n2021-02,Dialoogtafels\n');
    const spec = { type: 'timeline', data: { file: 'tijdlijn.csv' }, encoding: { start: 'start', label: 'label' } };
    await expect(resolveVisual(entry('tijdlijn', spec, path.join(folder, 'tijdlijn.yaml')), harvest)).rejects.toThrow(
      /veld encoding\.label: de kolom "label" bestaat niet in .*tijdlijn\.csv; beschikbare kolommen: start, titel/,
    );
  });

  it('names the spec when its CSV file is missing', async () => {
    const spec = { type: 'bar', data: { file: 'weg.csv' }, encoding: { label: 'a', value: 'b' } };
    await expect(resolveVisual(entry('weg', spec), harvest)).rejects.toThrow(
      /content\/visuals\/weg\.yaml, veld data\.file: het bestand .*weg\.csv bestaat niet/,
    );
  });
});
