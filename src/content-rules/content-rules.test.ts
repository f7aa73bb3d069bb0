import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../data/routes.ts';
import { checkCsvNumbers } from './csv-numbers.ts';
import { checkFrontMatterSchemes, frontMatterLinks } from './front-matter-links.ts';
import { checkCsvComments, checkFieldComments, checkHtmlComments } from './html-comments.ts';
import { isComplete, MAX_IMAGE_PIXELS, rasterSize, sniffFormat } from './image-bytes.ts';
import { checkReservedNames } from './reserved-names.ts';
import { dialoguePeriod, followUpPeriod } from './step-dates.ts';
import { checkCsvText, checkEntryText } from './text-hygiene.ts';
import type { RuleEntry } from './types.ts';
import { checkDateTimes, checkYamlHashes } from './yaml-values.ts';

const entry = (over: Partial<RuleEntry>): RuleEntry => ({
  collection: 'stories',
  id: 'x',
  file: 'stories/x.mdx',
  absoluteFile: '/c/stories/x.mdx',
  raw: {},
  data: undefined,
  source: '',
  yamlText: '',
  lineOffset: 1,
  body: '',
  bodyLine: 10,
  ...over,
});

describe('image files by their bytes', () => {
  it('tells formats apart from their first bytes and reads the size from the header', async () => {
    const base = sharp({ create: { width: 33, height: 21, channels: 3, background: '#336699' } });
    for (const format of ['png', 'jpeg', 'webp', 'gif', 'avif'] as const) {
      const bytes = await base.clone().toFormat(format).toBuffer();
      expect(sniffFormat(bytes), format).toBe(format);
      expect(rasterSize(bytes, format), format).toEqual({ width: 33, height: 21 });
      expect(isComplete(bytes, format), format).toBe(true);
      if (format !== 'avif') expect(isComplete(bytes.subarray(0, bytes.length - 6), format), `${format} cut short`).toBe(false);
    }
    expect(sniffFormat(Buffer.from('<!DOCTYPE html><html></html>'))).toBe('html');
    expect(sniffFormat(Buffer.from('<?xml version="1.0"?>\n<!-- x -->\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
    expect(sniffFormat(Buffer.from('%PDF-1.7'))).toBe('pdf');
    expect(sniffFormat(Buffer.from('hallo'))).toBeUndefined();
    expect(MAX_IMAGE_PIXELS).toBe(50_000_000);
  });
});

describe('text hygiene', () => {
  it('refuses direction controls, NUL and zero-width spaces in front matter, bodies and CSV cells, with the line', () => {
    const found = checkEntryText(entry({ yamlText: 'title: Wonen\nsummary: a\u202Eb\n', body: 'ok\nnul\u0000\n' }));
    expect(found.map((p) => [p.line, p.message.slice(0, 52)])).toEqual([
      [3, 'bevat een onzichtbaar teken (richtingsteken, U+202E)'],
      [11, 'bevat een onzichtbaar teken (nulteken, U+0000) dat d'],
    ]);
    expect(checkEntryText(entry({ yamlText: 'title: "a\\u2066b"', raw: { title: 'a\u2066b' } }))[0]?.field).toBe('title');
    expect(checkCsvText('\uFEFFa,b\r\nc,d\u200B\r\n', 'x.csv').map((p) => p.line)).toEqual([2]);
  });

  it('refuses tag characters, variation selectors and filler characters that hide text, but not a subdivision flag', () => {
    const title = (text: string) => checkEntryText(entry({ yamlText: `title: ${text}\n` })).map((p) => p.message.slice(0, 90));
    expect(title('Wonen\u{E0041}\u{E0042}')[0]).toContain('U+E0041');
    expect(title('Wonen\u{E0101}')[0]).toContain('U+E0101');
    expect(title('Wonen \u3164 nu')[0]).toContain('U+3164');
    expect(title('Wonen \u2800\u2800')[0]).toContain('U+2800');
    expect(title('Wales \u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}')).toEqual([]);
  });
  it('leaves tabs, line ends, emoji joiners and soft hyphens alone', () => {
    expect(checkEntryText(entry({ yamlText: 'title: "👩\u200D👩\u200D👧 ge\u00ADzin"\r\n', body: 'a\tb\r\n' }))).toEqual([]);
  });

  it('refuses HTML comments in Markdown bodies, not in code', () => {
    const md = (body: string) => entry({ absoluteFile: '/c/faq/x.md', body });
    expect(checkHtmlComments(md('Tekst.\n\n<!-- intern -->\n')).map((p) => p.line)).toEqual([12]);
    expect(checkHtmlComments(md('```\n<!-- code -->\n```\n'))).toEqual([]);
  });
  it('refuses HTML comments in front-matter values and CSV cells, which are published as text', () => {
    const found = checkFieldComments(entry({ yamlText: 'title: Wonen\nsummary: "Tekst <!-- intern -->"\n' }));
    expect(found.map((p) => p.line)).toEqual([3]);
    expect(checkCsvComments('a,b\nc,"d <!-- niet publiceren -->"\n', 'x.csv').map((p) => p.line)).toEqual([2]);
  });
});

describe('YAML values that silently change', () => {
  it('warns for a plain value that " #" cuts off, not for quoted text, block text or a deliberate comment', () => {
    const yamlText = [
      'summary: Zzp-ers #zzp vielen erbuiten',
      'title: "Met #hashtag"',
      'draft: true # nog niet klaar',
      'body: |',
      '  Tekst #met hekje',
      'themes:',
      '  - wonen en werken # samen',
    ].join('\n');
    expect(checkYamlHashes(entry({ yamlText, lineOffset: 0 })).map((p) => [p.line, p.message])).toEqual([
      [1, 'YAML leest alles vanaf " #" als opmerking: de waarde wordt "Zzp-ers" en de rest verdwijnt'],
      [7, 'YAML leest alles vanaf " #" als opmerking: de waarde wordt "wonen en werken" en de rest verdwijnt'],
    ]);
  });

  it('refuses a date with a time or zone and names the day as written', () => {
    const found = checkDateTimes(entry({ yamlText: 'date: 2021-03-04T00:30:00+02:00\nother: 2021-03-04\n  - date: 2021-05-01 10:00\n' }));
    expect(found.map((p) => [p.line, p.fix])).toEqual([
      [2, 'schrijf alleen de dag: 2021-03-04'],
      [4, 'schrijf alleen de dag: 2021-05-01'],
    ]);
  });
});

describe('numbers from Dutch Excel', () => {
  it('refuses 1.250 and 1,5 with the number to write, and leaves real decimals and text alone', () => {
    const csv = 'label,waarde\na,1.250\nb,"1,5"\nc,0.125\nd,12.5\ne,"1,5 miljoen"\nf,-2.000.000\n';
    expect(checkCsvNumbers(csv, 'x.csv').map((p) => [p.line, p.message])).toEqual([
      [2, '"1.250" is dubbelzinnig: Nederlands is dat 1250, maar een computer leest 1.25'],
      [3, '"1,5" heeft een komma als decimaalteken; de grafiek leest getallen met een punt'],
      [7, '"-2.000.000" is dubbelzinnig: Nederlands is dat -2000000, maar een computer leest er geen getal in'],
    ]);
    // Dutch Excel's own export: semicolons, a byte-order mark and CRLF.
    const excel = '\uFEFFspoor;bedrag\r\nburgers;1.250\r\nmiddenveld;1,5\r\nwetenschap;12\r\n';
    expect(checkCsvNumbers(excel, 'x.csv').map((p) => [p.line, p.message.slice(0, 10)])).toEqual([
      [2, '"1.250" is'],
      [3, '"1,5" heef'],
    ]);
  });
});

describe('reserved names', () => {
  it('refuses ids whose page is an address of the site itself, derived from the page registry', () => {
    const pages = ['zoeken', 'admin', 'open-data', 'deelkaarten', 'pagefind', 'verhalen', 'over'].map((id) =>
      entry({ collection: 'pages', id, file: `pages/${id}.mdx` }),
    );
    const others = [
      entry({ collection: 'chapters', id: 'alles', file: 'chapters/alles.mdx' }),
      entry({ collection: 'visuals', id: 'opvolging-per-status', file: 'visuals/opvolging-per-status.yaml' }),
      entry({ collection: 'stories', id: 'soort', file: 'stories/soort.mdx' }),
      entry({ collection: 'stories', id: '2', file: 'stories/2.mdx' }),
      entry({ collection: 'stories', id: 'gewoon', file: 'stories/gewoon.mdx' }),
      entry({ collection: 'pages', id: '404', file: 'pages/404.mdx' }),
      entry({ collection: 'followups', id: 'status', file: 'followups/status.md' }),
    ];
    const routes = new Set([ROUTES.storyFilter('soort', 'knel'), ROUTES.page('over'), ROUTES.followUpStatus('onbekend')]);
    expect(checkReservedNames([...pages, ...others], routes).map((p) => p.file)).toEqual([
      'pages/zoeken.mdx',
      'pages/admin.mdx',
      'pages/open-data.mdx',
      'pages/deelkaarten.mdx',
      'pages/pagefind.mdx',
      'pages/verhalen.mdx',
      'chapters/alles.mdx',
      'visuals/opvolging-per-status.yaml',
      'stories/soort.mdx',
      'stories/2.mdx',
      'pages/404.mdx',
      'followups/status.md',
    ]);
  });
});

describe('addresses in front matter', () => {
  it('finds fields named as links and values with a scheme, and refuses schemes off the allow-list', () => {
    const raw = {
      organisation: { url: 'javascript:alert(1)' },
      updates: [{ source: { url: 'https://www.example.nl/brief' } }, { source: { url: 'data:text/html,x' } }],
      summary: 'Let op: dit is tekst',
      link: '/verhalen/x/',
    };
    const yamlText =
      'organisation:\n  url: javascript:alert(1)\nupdates:\n  - source:\n      url: https://www.example.nl/brief\n  - source:\n      url: data:text/html,x\n';
    const found = entry({ raw, yamlText, lineOffset: 0 });
    expect(frontMatterLinks(found).map((l) => l.href)).toEqual([
      'javascript:alert(1)',
      'https://www.example.nl/brief',
      'data:text/html,x',
      '/verhalen/x/',
    ]);
    expect(checkFrontMatterSchemes(found).map((p) => [p.line, p.field])).toEqual([
      [2, 'organisation.url'],
      [7, 'updates.1.source.url'],
    ]);
  });

  it('starts the period some years before the closing when site.yaml gives no opening date', () => {
    const period = dialoguePeriod(undefined, new Date('2021-10-01'));
    expect(period.from?.toISOString().slice(0, 10)).toBe('2016-10-01');
    expect(dialoguePeriod(new Date('2020-12-01'), undefined)).toEqual({ from: new Date('2020-12-01') });
  });
  it('widens the dialogue period for follow-up steps', () => {
    const period = followUpPeriod({ from: new Date('2020-12-01'), to: new Date('2021-05-31') });
    expect([period.from?.toISOString().slice(0, 10), period.to?.toISOString().slice(0, 10)]).toEqual(['2019-12-01', '2031-05-31']);
  });
});

describe('the content file of a built page', () => {
  it('finds the entry a page was made from, and nothing for lists', async () => {
    const { sourceOfPage } = await import('./page-source.ts');
    expect(sourceOfPage('verhalen/boodschappen-voor-de-straat/index.html', 'tests/fixtures/site-minimal')).toBe(
      'tests/fixtures/site-minimal/stories/boodschappen-voor-de-straat.mdx',
    );
    expect(sourceOfPage('over/index.html', 'tests/fixtures/site-minimal')).toBe('tests/fixtures/site-minimal/pages/over.mdx');
    expect(sourceOfPage('verhalen/index.html', 'tests/fixtures/site-minimal')).toBeUndefined();
    expect(sourceOfPage('zoeken/index.html', 'tests/fixtures/site-minimal')).toBeUndefined();
  });
});
