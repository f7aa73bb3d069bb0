import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, type BuildResult } from '../support/build-site.ts';
import { freshCacheWithCardsOf, sharedBuild } from '../support/shared-build.ts';

// One real dialogue table (T01, with a source) and one example table (T02). Nobody sets a
// flag on a chart, a figure, a provenance box or a list: the label has to follow the rows.
const LABEL = 'Voorbeeld';
const IDEAS_NOTE = 'Deze ideeën zijn voorbeelden';
const PROVENANCE_NOTE = 'Een of meer van deze dialoogtafels zijn voorbeelden';

function mixedFixture(): string {
  const dir = copyFixture('site-minimal');
  const write = (file: string, text: string) => writeFileSync(path.join(dir, file), text);
  const edit = (file: string, from: string, to: string) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
    write(file, text.replace(from, to));
  };
  write(
    'tables.csv',
    [
      'id,date,track,region,participants,themes,title,example,source',
      'T01,2021-02-10,burgers,utrecht,8,wonen;werken,Burgertafel in Utrecht,nee,Verslag van de testdialoog (10 februari 2021)',
      'T02,2021-03-15,middenveld,zeeland,6,werken,Tafel met ondernemers uit Zeeland,ja,',
      '',
    ].join('\n'),
  );
  write(
    'ideas.csv',
    [
      'table,theme,kind,text,example',
      'T01,wonen,idee,Maak van elke straat een buurtapp met een vast aanspreekpunt.,nee',
      'T01,werken,idee,Geef werkgevers een vergoeding voor een thuiswerkplek.,nee',
      // Not marked itself, but its table is an example: the idea is one too.
      'T02,werken,idee,Geef ondernemers de tijd om schulden af te lossen.,nee',
      '',
    ].join('\n'),
  );
  // A chart from a hand-made CSV that names its source is real; one with a voorbeeld column is not.
  write('visuals/echte-aantallen.csv', 'track,participants\nburgers,600\nmiddenveld,128\n');
  write(
    'visuals/echte-aantallen.yaml',
    'title: Hoeveel mensen praatten mee?\ntype: bar\nalt: De meeste deelnemers waren burgers, daarna het middenveld.\ncaption: Deelnemers per spoor volgens het openbare verslag.\nsource: Verslag van de testdialoog (mei 2021)\ndata:\n  file: echte-aantallen.csv\nencoding:\n  label: track\n  value: participants\n',
  );
  write('visuals/bedachte-aantallen.csv', 'track,participants,voorbeeld\nburgers,10,ja\nmiddenveld,4,ja\n');
  write(
    'visuals/bedachte-aantallen.yaml',
    'title: Hoeveel mensen zaten er aan tafel?\ntype: bar\nalt: Aan de burgertafels zaten de meeste mensen.\ncaption: Deelnemers per spoor, bedacht voor deze test.\nsource: Bedacht voor de test\ndata:\n  file: bedachte-aantallen.csv\nencoding:\n  label: track\n  value: participants\n',
  );
  // The insight names only the real table; the chapter names both and covers both themes.
  edit('chapters/inleiding.mdx', 'themes: [wonen]', 'themes: [wonen, werken]');
  // A story not marked as example, about the example table.
  edit('stories/boodschappen-voor-de-straat.mdx', 'table: T01\nexample: true', 'table: T02\nexample: false');
  return dir;
}

const read = (result: BuildResult, file: string) => readFileSync(path.join(result.outDir, file), 'utf8');
const cards = (result: BuildResult) =>
  (
    JSON.parse(read(result, 'deelkaarten.json')) as {
      cards: { kind: string; slug: string; example: boolean; alt: string; title: string }[];
    }
  ).cards;

describe('the voorbeeld label follows the data', () => {
  let result: BuildResult;
  beforeAll(() => {
    // A cache of its own with the fixture's share cards: the cards whose text the labels change are drawn.
    // Waits for the fixture's shared build when another file makes it: time for two builds.
    result = buildSite(mixedFixture(), { OOGST_CACHE_DIR: freshCacheWithCardsOf(sharedBuild('tests/fixtures/site-minimal')) });
  }, 600_000);

  it('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('labels a chart counted from a real and an example table: page, data table, CSV and share card', () => {
    const page = read(result, 'cijfers/deelname-per-spoor/index.html');
    expect(page).toContain('oogst-visual__example');
    expect(page).toMatch(/<caption>Wie schoven aan bij de dialoogtafels\? \(voorbeeld\)<\/caption>/);
    const csv = read(result, 'cijfers/deelname-per-spoor.csv');
    expect(csv.split('\n')[0]).toBe('\uFEFFtrack,participants,voorbeeld');
    expect(csv).toMatch(/^burgers,8,ja$/m);
    const card = cards(result).find((c) => c.kind === 'visual' && c.slug === 'deelname-per-spoor');
    expect(card?.example).toBe(true);
    expect(card?.alt).toContain('Cijfers (voorbeeld)');
    expect(card?.alt).not.toContain('?.');
  });

  it('leaves a chart from a CSV with a source unlabelled, and labels one whose rows say voorbeeld', () => {
    const real = read(result, 'cijfers/echte-aantallen/index.html');
    expect(real).not.toContain('oogst-visual__example');
    expect(real).toContain('<caption>Hoeveel mensen praatten mee?</caption>');
    expect(read(result, 'cijfers/echte-aantallen.csv').split('\n')[0]).toBe('\uFEFFtrack,participants');
    expect(cards(result).find((c) => c.slug === 'echte-aantallen')?.example).toBe(false);
    expect(read(result, 'cijfers/bedachte-aantallen/index.html')).toContain('oogst-visual__example');
    expect(cards(result).find((c) => c.slug === 'bedachte-aantallen')?.example).toBe(true);
  });

  it('labels the figures summed from the tables, and shows the source of the real one', () => {
    expect(read(result, 'index.html')).toContain('Deze cijfers zijn opgeteld uit dialoogtafels die als voorbeeld zijn bedacht.');
    const tables = read(result, 'dialoogtafels/index.html');
    expect(tables).toContain('oogst-example-note');
    expect(tables).toContain('Verslag van de testdialoog (10 februari 2021)');
  });

  it('labels a provenance box that names an example table, and only that one', () => {
    const insight = read(result, 'inzichten/samenleving-veerkrachtig/index.html');
    expect(insight).toContain('T01: Burgertafel in Utrecht');
    expect(insight).not.toContain(PROVENANCE_NOTE);
    const chapter = read(result, 'eindproduct/inleiding/index.html');
    expect(chapter).toContain(PROVENANCE_NOTE);
    // Real and example side by side: the example table carries its own badge.
    expect(chapter).toMatch(/T02: Tafel met ondernemers uit Zeeland<\/a> <span class="oogst-example"[^>]*>Voorbeeld<\/span>/);
    expect(chapter).not.toMatch(/T01: Burgertafel in Utrecht<\/a> <span class="oogst-example"/);
  });

  it('labels a list of ideas when one idea or its table is an example', () => {
    expect(read(result, 'themas/wonen/index.html')).not.toContain(IDEAS_NOTE);
    expect(read(result, 'themas/werken/index.html')).toContain(IDEAS_NOTE);
    const chapter = read(result, 'eindproduct/inleiding/index.html');
    expect(chapter).toContain('Ideeën van de dialoogtafels');
    expect(chapter).toContain('Geef ondernemers de tijd om schulden af te lossen.');
    expect(chapter).toContain(IDEAS_NOTE);
    expect(read(result, 'eindproduct/alles/index.html')).toContain(IDEAS_NOTE);
  });

  it('labels a story about an example table, on its page and its share card', () => {
    const story = read(result, 'verhalen/boodschappen-voor-de-straat/index.html');
    expect(story).toContain('oogst-example-note');
    expect(story).toContain(LABEL);
    const card = cards(result).find((c) => c.kind === 'story');
    expect(card?.example).toBe(true);
    expect(card?.alt).toContain('Verhaal (voorbeeld)');
  });

  // Before closedOn the same pages invite ideas: tests/build/build-date.test.ts builds the default
  // content on a date before its closedOn.
  it('speaks in the past tense after closedOn: headline, share card, stories, search and questions', () => {
    const home = read(result, 'index.html');
    expect(home).toMatch(/<h1 id="home-title">Wat mensen zeiden in Testdialoog<\/h1>/);
    expect(home).not.toContain('Nieuwste verhalen');
    expect(home).toContain('Verhalen uit de dialoog');
    expect(home).toContain('Zoek in het archief');
    expect(cards(result).find((c) => c.kind === 'site')?.title).toBe('Wat mensen zeiden in Testdialoog');
    expect(read(result, 'zoeken/index.html')).toContain('Zoek in het archief van de gesloten dialoog');
    expect(read(result, 'veelgestelde-vragen/index.html')).toContain('De dialoog is gesloten sinds 1 oktober 2021.');
  });
});
