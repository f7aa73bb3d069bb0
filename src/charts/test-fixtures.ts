import { visualSchema } from '../schemas/visual.ts';
import { KNOWN_VALUE_LABELS } from './labels.ts';
import type { Cell, VisualInput } from './types.ts';

/** Builds a VisualInput from a partial spec and rows, the way src/data/visuals.ts would. For tests and previews. */
export function makeInput(slug: string, spec: Record<string, unknown>, rows: Record<string, Cell>[]): VisualInput {
  const parsed = visualSchema.parse({
    title: `Voorbeeldgrafiek ${slug}`,
    alt: 'Een voorbeeldgrafiek voor de tests van de grafieken.',
    caption: 'Een bijschrift bij de voorbeeldgrafiek.',
    source: 'Testgegevens',
    data: { file: 'test.csv' },
    ...spec,
  });
  return {
    slug,
    spec: parsed,
    table: { columns: Object.keys(rows[0] ?? {}), rows },
    example: parsed.example,
    valueLabels: KNOWN_VALUE_LABELS,
    columnLabels: {},
  };
}

/** One named fixture per chart type, with numbers like the default dialogue's. */
export const FIXTURES: Record<string, VisualInput> = {
  bar: makeInput(
    'bar',
    {
      type: 'bar',
      encoding: { label: 'track', value: 'participants' },
      unit: { one: 'deelnemer', other: 'deelnemers' },
      sort: 'value-desc',
    },
    [
      { track: 'burgers', participants: 612 },
      { track: 'middenveld', participants: 128 },
      { track: 'wetenschap', participants: 50 },
      { track: 'bestuur', participants: 41 },
    ],
  ),
  'bar-highlight': makeInput(
    'bar-highlight',
    { type: 'bar', encoding: { label: 'track', value: 'participants' }, highlight: ['middenveld'] },
    [
      { track: 'burgers', participants: 612.5 },
      { track: 'middenveld', participants: 1280 },
    ],
  ),
  'stacked-bar': makeInput(
    'stacked-bar',
    {
      type: 'stacked-bar',
      encoding: { label: 'theme', series: 'kind', value: 'aantal' },
      sort: 'value-desc',
      labels: { wonen: 'Wonen', werken: 'Werken', leren: 'Leren' },
    },
    [
      { theme: 'wonen', kind: 'knel', aantal: 12 },
      { theme: 'wonen', kind: 'kiem', aantal: 8 },
      { theme: 'wonen', kind: 'idee', aantal: 15 },
      { theme: 'werken', kind: 'knel', aantal: 20 },
      { theme: 'werken', kind: 'idee', aantal: 4 },
      { theme: 'leren', kind: 'kiem', aantal: 3 },
    ],
  ),
  'grouped-bar': makeInput('grouped-bar', { type: 'grouped-bar', encoding: { label: 'theme', series: 'kind', value: 'aantal' } }, [
    { theme: 'wonen', kind: 'knel', aantal: 12 },
    { theme: 'wonen', kind: 'idee', aantal: 15 },
    { theme: 'werken', kind: 'knel', aantal: 20 },
    { theme: 'werken', kind: 'idee', aantal: 4 },
  ]),
  line: makeInput('line', { type: 'line', encoding: { x: 'month', value: 'aantal' }, unit: { one: 'tafel', other: 'tafels' } }, [
    { month: '2020-12', aantal: 6 },
    { month: '2021-02', aantal: 18 },
    { month: '2021-03', aantal: 27 },
    { month: '2021-04', aantal: 22 },
    { month: '2021-05', aantal: 13 },
  ]),
  area: makeInput('area', { type: 'area', encoding: { x: 'month', value: 'aantal', series: 'track' } }, [
    { month: '2021-02', track: 'burgers', aantal: 10 },
    { month: '2021-03', track: 'burgers', aantal: 14 },
    { month: '2021-02', track: 'middenveld', aantal: 4 },
    { month: '2021-03', track: 'middenveld', aantal: 9 },
  ]),
  waffle: makeInput(
    'waffle',
    {
      type: 'waffle',
      encoding: { label: 'track', value: 'participants' },
      unit: { one: 'deelnemer', other: 'deelnemers' },
      options: { perUnit: 10 },
    },
    [
      { track: 'burgers', participants: 612 },
      { track: 'middenveld', participants: 128 },
      { track: 'wetenschap', participants: 50 },
      { track: 'bestuur', participants: 41 },
    ],
  ),
  'tile-map': makeInput(
    'tile-map',
    { type: 'tile-map', encoding: { label: 'region', value: 'aantal' }, unit: { one: 'tafel', other: 'tafels' } },
    [
      { region: 'groningen', aantal: 4 },
      { region: 'fryslan', aantal: 3 },
      { region: 'noord-holland', aantal: 11 },
      { region: 'zuid-holland', aantal: 14 },
      { region: 'utrecht', aantal: 8 },
      { region: 'noord-brabant', aantal: 9 },
      { region: 'gelderland', aantal: 7 },
      { region: 'limburg', aantal: 0 },
      { region: 'landelijk', aantal: 12 },
    ],
  ),
  timeline: makeInput('timeline', { type: 'timeline', encoding: { start: 'start', end: 'end', label: 'label', note: 'note' } }, [
    { start: '2020-11', end: '', label: 'Voorstel voor de dialoog', note: '' },
    { start: '2020-12', end: '', label: 'Oriënterende tafels met beleidsmakers', note: '' },
    { start: '2021-02', end: '2021-05', label: 'Dialoogtafels', note: 'Ongeveer 80 tafels, online' },
    { start: '2021-04', end: '2021-06', label: 'Input voor departementen en de formatie', note: '' },
    { start: '2021-05-26', end: '', label: 'Zes inzichten in de ministerraad', note: '' },
    { start: '2021-07', end: '', label: 'Eindperspectief', note: '' },
    { start: '2021-10', end: '', label: 'Terugkoppeling van de resultaten', note: '' },
  ]),
  'dot-matrix': makeInput('dot-matrix', { type: 'dot-matrix', encoding: { label: 'inzicht', series: 'thema', value: 'verband' } }, [
    { inzicht: 'De samenleving is veerkrachtig', thema: 'Nieuwe ongelijkheden', verband: 0 },
    { inzicht: 'De samenleving is veerkrachtig', thema: 'Weerbaarheid', verband: 1 },
    { inzicht: 'De schade is groot', thema: 'Nieuwe ongelijkheden', verband: 1 },
    { inzicht: 'De schade is groot', thema: 'Weerbaarheid', verband: 1 },
  ]),
};
