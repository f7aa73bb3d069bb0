import type { ContentProblem } from '../messages/content-problems.ts';
import type { VisualEncoding, VisualSpec } from '../schemas/visual.ts';
import { missingColumn } from './aggregate.ts';
import { parseDate } from './format.ts';
import { PROVINCE_TILES } from './layout-tile-map.ts';
import { choosePerUnit } from './layout-waffle.ts';
import type { DataTable } from './types.ts';

/** Where the spec and its data live, for messages. */
export interface VisualFiles {
  /** The spec, e.g. content/visuals/tijdlijn.yaml. */
  spec: string;
  /** Where the data comes from, in words: "tijdlijn.csv" or "de tafels (tables.csv)". */
  data: string;
}

const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * Turns the text cells of a number column into numbers (a decimal comma is fine) and
 * reports each cell that is not a number, with its row.
 */
export function coerceNumbers(table: DataTable, column: string, files: VisualFiles, lines?: number[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  table.rows.forEach((row, index) => {
    const cell = row[column];
    if (typeof cell === 'number') return;
    const text = String(cell ?? '').trim();
    if (NUMBER.test(text)) row[column] = Number(text.replace(',', '.'));
    else {
      const line = lines?.[index];
      problems.push({
        file: files.data,
        ...(line === undefined ? {} : { line }),
        field: column,
        message: `"${text}" is geen getal; deze kolom is de waarde (encoding.value) van ${files.spec}: schrijf een getal zoals 12 of 12,5`,
      });
    }
  });
  return problems;
}

/**
 * Checks a visual's spec against its data: every named column exists, dates parse,
 * highlighted categories occur, tile maps name provinces. Returns every problem at once.
 */
export function checkVisualData(spec: VisualSpec, table: DataTable, files: VisualFiles, lines?: number[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const encoding = Object.entries(spec.encoding) as [keyof VisualEncoding, string | undefined][];
  for (const [key, column] of encoding) {
    if (column && !table.columns.includes(column))
      problems.push(missingColumn(files.spec, `encoding.${key}`, column, table.columns, files.data));
  }
  if (problems.length > 0) return problems;

  const { label, value, x, start, end } = spec.encoding;
  if (value) problems.push(...coerceNumbers(table, value, files, lines));
  if (spec.type === 'waffle' && label && value && problems.length === 0) problems.push(...checkWaffleSize(spec, table, files));
  for (const [key, column, optional] of [
    ['x', x, false],
    ['start', start, false],
    ['end', end, true],
  ] as const) {
    if (!column) continue;
    table.rows.forEach((row, index) => {
      const text = String(row[column] ?? '').trim();
      if ((optional && text === '') || parseDate(text)) return;
      const line = lines?.[index];
      problems.push({
        file: files.data,
        ...(line === undefined ? {} : { line }),
        field: column,
        message: `"${text}" is geen datum voor encoding.${key} van ${files.spec}: schrijf JJJJ-MM-DD, JJJJ-MM of JJJJ, bijvoorbeeld 2021-05`,
      });
    });
  }
  if (label) {
    const present = new Set(table.rows.map((row) => String(row[label] ?? '')));
    for (const key of spec.highlight.filter((key) => !present.has(key))) {
      problems.push({
        file: files.spec,
        field: 'highlight',
        message: `"${key}" komt niet voor in de kolom "${label}"; kies uit: ${[...present].join(', ')}`,
      });
    }
    if (spec.type === 'tile-map') {
      for (const key of [...present].filter((key) => !(key in PROVINCE_TILES) && key !== 'landelijk')) {
        problems.push({
          file: files.data,
          field: label,
          message: `"${key}" is geen provincie; een tegelkaart gebruikt de slugs ${Object.keys(PROVINCE_TILES).join(', ')} (en landelijk)`,
        });
      }
    }
  }
  return problems;
}

/** More squares than this in one group of a waffle is not a picture but a wall (and a huge page, or no build at all). */
export const WAFFLE_MAX_SQUARES = 1000;

/** A waffle whose `options.perUnit` is so small that a group would need more squares than a page can hold. */
function checkWaffleSize(spec: VisualSpec, table: DataTable, files: VisualFiles): ContentProblem[] {
  const totals = new Map<string, number>();
  for (const row of table.rows) {
    const key = String(row[spec.encoding.label!] ?? '');
    totals.set(key, (totals.get(key) ?? 0) + Math.max(0, Number(row[spec.encoding.value!]) || 0));
  }
  const largest = Math.max(1, ...totals.values());
  const perUnit = spec.options.perUnit ?? choosePerUnit(largest);
  if (largest / perUnit <= WAFFLE_MAX_SQUARES) return [];
  return [
    {
      file: files.spec,
      field: 'options.perUnit',
      message: `met ${perUnit} per vakje krijgt de grootste groep ${Math.ceil(largest / perUnit).toLocaleString('nl-NL')} vakjes (hoogstens ${WAFFLE_MAX_SQUARES}); kies een groter getal, ${choosePerUnit(largest)} of meer, of laat options.perUnit weg`,
    },
  ];
}
