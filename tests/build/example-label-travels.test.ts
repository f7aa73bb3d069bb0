import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCsv } from '../../src/model/csv-content.ts';
import { loadEntries, type LoadedEntry } from '../../src/model/load-content.ts';
import { readDataTable } from '../../src/loaders/parse-csv.ts';
import { csvRowsAreExample, isExampleIdea, isExampleStory, tablesById } from '../../src/data/example.ts';
import { OPEN_DATA_NAMES, ROUTES } from '../../src/data/routes.ts';
import { assertBuilt, listSiteFiles, readBuilt } from '../support/dist.ts';

/**
 * The example label travels: for every item of the default site that is derived from an
 * example, every output file that carries it must carry the label too. The list of examples is
 * derived here from the content folder (the editors' flags and the rows things are made of),
 * never typed into the test, and every file of the built site is walked.
 */

const CONTENT = path.resolve('content');
const LABEL = /voorbeeld/i;

interface ExampleItem {
  kind: 'story' | 'followup' | 'step' | 'visual' | 'table' | 'idea';
  /** Text that identifies the item wherever it goes: a title, a step's text, an idea's text, a table id. */
  key: string;
  /** Site path of its own page, when it has one. */
  page?: string;
}

/** Everything derived from an example, from the content itself. */
function deriveExamples(): ExampleItem[] {
  const { entries } = loadEntries(CONTENT);
  const tables = loadCsv(CONTENT, 'tables').rows.map((row) => row.data);
  const ideas = loadCsv(CONTENT, 'ideas').rows.map((row) => row.data);
  const byId = tablesById(tables);
  const of = (collection: string) =>
    entries.filter(
      (entry): entry is LoadedEntry & { data: Record<string, unknown> } => entry.collection === collection && entry.data !== undefined,
    );
  const items: ExampleItem[] = [];
  for (const story of of('stories')) {
    const data = story.data as { title: string; example: boolean; table?: string };
    if (isExampleStory(data, byId)) items.push({ kind: 'story', key: data.title, page: ROUTES.story(story.id) });
  }
  for (const followUp of of('followups')) {
    const data = followUp.data as { title: string; example: boolean; updates: { text: string; example: boolean }[] };
    if (data.example) items.push({ kind: 'followup', key: data.title, page: ROUTES.followUp(followUp.id) });
    for (const step of data.updates) if (data.example || step.example) items.push({ kind: 'step', key: step.text });
  }
  for (const table of tables) if (table.example) items.push({ kind: 'table', key: table.id });
  for (const idea of ideas) if (isExampleIdea(idea, byId)) items.push({ kind: 'idea', key: idea.text });
  for (const visual of of('visuals')) {
    const spec = visual.data as { title: string; example: boolean; data: { file?: string; from?: 'tables' | 'ideas' } };
    const rows = spec.data.file
      ? readDataTable(readFileSync(path.join(path.dirname(visual.absoluteFile), spec.data.file), 'utf8'), spec.data.file).table.rows
      : [];
    const example =
      spec.example ||
      (spec.data.file
        ? csvRowsAreExample(rows)
        : spec.data.from === 'tables'
          ? tables.some((t) => t.example)
          : ideas.some((i) => isExampleIdea(i, byId)));
    if (example) items.push({ kind: 'visual', key: spec.title, page: ROUTES.visual(visual.id) });
  }
  return items;
}

const TEXT_FILE = /\.(html|xml|csv|json|svg|txt)$/;
const unescapeHtml = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The places in an output file where an item appears, each with the text that must hold the label. */
function contexts(file: string, text: string, key: string): string[] {
  if (file.endsWith('.csv')) {
    const rows = csvParse(text.replace(/^\uFEFF/, ''));
    // A row carries the label in its voorbeeld column, or (a chart split by origin) as a value.
    return rows
      .filter((row) => Object.values(row).some((cell) => cell === key))
      .map((row) => (row['voorbeeld'] === 'ja' ? 'voorbeeld' : Object.values(row).join(',')));
  }
  if (file.endsWith('.json')) {
    const found: string[] = [];
    // The object that holds the item (a row, a card, a resource), also when the item is in a list of it.
    const walk = (value: unknown, holder: unknown) => {
      if (typeof value === 'string' && value.includes(key)) found.push(JSON.stringify(holder));
      else if (Array.isArray(value)) value.forEach((item) => walk(item, holder));
      else if (value && typeof value === 'object') Object.values(value).forEach((item) => walk(item, value));
    };
    walk(JSON.parse(text), undefined);
    // An object that names the item says it is an example: a flag, a voorbeeld field or the word in its text.
    return found.map((json) => (/"(example|voorbeeld)":true/.test(json) ? 'voorbeeld' : json));
  }
  if (file.endsWith('.xml')) {
    return [...text.matchAll(/<item>[\s\S]*?<\/item>/g)].map(([item]) => unescapeHtml(item)).filter((item) => item.includes(key));
  }
  if (file.endsWith('.svg')) return text.includes(key) ? [text.slice(0, text.indexOf('</desc>'))] : [];
  // HTML: the label is in the element that holds the item (a card, a list item, a heading and its note), so within reach of it.
  const plain = unescapeHtml(text);
  const found: string[] = [];
  for (let at = plain.indexOf(key); at !== -1; at = plain.indexOf(key, at + key.length)) {
    found.push(plain.slice(Math.max(0, at - 1500), at + key.length + 1500));
  }
  return found;
}

describe('the example label travels to every output of the default site', () => {
  let files: string[];
  let examples: ExampleItem[];
  beforeAll(() => {
    assertBuilt();
    files = listSiteFiles().filter((file) => TEXT_FILE.test(file) && !file.startsWith('pagefind/'));
    examples = deriveExamples();
  });

  it('finds examples of every kind in the default content (derived, not listed)', () => {
    const kinds = new Set(examples.map((item) => item.kind));
    for (const kind of ['story', 'followup', 'step', 'visual', 'table', 'idea'] as const) expect(kinds, kind).toContain(kind);
  });

  it('labels every place where an item derived from an example appears, in every text file', () => {
    const missing: string[] = [];
    // Table ids ("T01") are short: they are checked in data files only, where a cell matches whole.
    const keyed = (file: string) => examples.filter((item) => item.kind !== 'table' || /\.(csv|json)$/.test(file));
    for (const file of files) {
      const text = readBuilt(file);
      for (const item of keyed(file)) {
        if (item.key.length < 3 || !text.includes(item.kind === 'table' ? item.key : item.key.slice(0, 40))) continue;
        for (const context of contexts(file, text, item.key)) {
          if (!LABEL.test(context)) missing.push(`${file}: ${item.kind} "${item.key.slice(0, 60)}"`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('starts the meta and Open Graph descriptions of every example page with the label', () => {
    for (const item of examples.filter((example) => example.page)) {
      const html = readBuilt(path.join(item.page!, 'index.html'));
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
      const og = /<meta property="og:description" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(description, item.page).toMatch(/^Voorbeeld: /);
      expect(og, item.page).toMatch(/^Voorbeeld: /);
    }
  });

  it('labels exported charts of example numbers in their SVG title and description, the file the PNG is drawn from', () => {
    for (const item of examples.filter((example) => example.kind === 'visual')) {
      const svg = readBuilt(ROUTES.visualFile(item.page!.split('/')[2]!, 'svg'));
      expect(/<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1], item.key).toMatch(/\(voorbeeld\)$/);
      expect(/<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1], item.key).toMatch(/^Voorbeeld: /);
    }
  });

  it('gives the numbers of every example chart a voorbeeld column in each of its data files, and says so in datapackage.json', () => {
    const dataPackage = JSON.parse(readBuilt(ROUTES.dataPackage.slice(1))) as { resources: { name: string; description: string }[] };
    for (const item of examples.filter((example) => example.kind === 'visual')) {
      const slug = item.page!.split('/')[2]!;
      for (const file of [ROUTES.visualFile(slug, 'csv'), ROUTES.openDataFile(OPEN_DATA_NAMES.visual(slug), 'csv')]) {
        const rows = csvParse(readBuilt(file.slice(1)).replace(/^\uFEFF/, ''));
        expect(rows.length, file).toBeGreaterThan(0);
        expect(
          rows.every((row) => row['voorbeeld'] === 'ja'),
          file,
        ).toBe(true);
      }
      const json = JSON.parse(readBuilt(ROUTES.openDataFile(OPEN_DATA_NAMES.visual(slug), 'json').slice(1))) as Record<string, unknown>[];
      expect(
        json.every((row) => row['voorbeeld'] === true),
        slug,
      ).toBe(true);
      for (const resource of dataPackage.resources.filter((entry) => entry.name.startsWith(OPEN_DATA_NAMES.visual(slug)))) {
        expect(resource.description, resource.name).toMatch(LABEL);
      }
    }
  });

  it('flags every card of an example in the card manifest, and its suggested post starts with the label', () => {
    const manifest = JSON.parse(readBuilt(ROUTES.cardManifest.slice(1))) as { cards: { page: string; example: boolean; post: string }[] };
    for (const item of examples.filter((example) => example.page)) {
      const cards = manifest.cards.filter((card) => card.page.endsWith(item.page!));
      expect(cards.length, item.page).toBeGreaterThan(0);
      for (const card of cards) {
        expect(card.example, item.page).toBe(true);
        expect(card.post, item.page).toMatch(/^Voorbeeld: /);
      }
    }
  });
});
