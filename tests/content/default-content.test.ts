import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContentDir } from '../../src/config/build-context.ts';
import { KINDS, REGIONS, TRACKS } from '../../src/schemas/shared.ts';
import { contrast, internalLinks, isoDate, list, readContentFolder, type Entry } from './read-content.ts';

// The invariants of the default site, "Nederland na de crisis". OOGST_CONTENT_DIR points the
// same checks at a copy, which is how a broken invariant is shown to fail.
const dir = resolveContentDir();

const START_THEMES = ['wonen', 'werken', 'samenleven', 'leren'];
/** Discussed later: the May 2021 agenda names work on a visual about it; the proposal does not name it. */
const LATER_THEMES = ['zorg-en-gezondheid'];
const HERSTEL_THEMES = ['nieuwe-ongelijkheden', 'duurzaam-herstel', 'gezond-en-groen', 'weerbaarheid', 'blended-samenleving', 'inclusief-bestuur'];
const INSIGHTS = ['samenleving-is-veerkrachtig', 'schade-is-groot', 'waarden-veranderen', 'blended-samenleving-blijft', 'brede-aanpak-en-regie', 'dialoog-blijft-nodig'];
const VISUALS = ['deelname-per-spoor', 'tafels-per-maand', 'tafels-per-provincie', 'ideeen-per-thema', 'inzichten-en-themas', 'tijdlijn'];
const PROVINCES = REGIONS.filter((region) => region !== 'landelijk');
/**
 * What the example tables add up to: the published totals for the middle field, science and
 * local administrators, and for citizens a number above 600 (the record only says "ruim 600").
 */
const PARTICIPANTS = { burgers: 612, middenveld: 128, wetenschap: 50, bestuur: 41 };

const { site, themes, insights, chapters, stories, faq, pages, tables, ideas, tableById } = readContentFolder(dir);

const themeSlugs = new Set(themes.map((theme) => theme.slug));
const themesOfTable = (table: Record<string, string> | undefined) => (table?.themes ?? '').split(';').filter(Boolean);
const missing = (values: Iterable<string>, known: Set<string> | string[]) => {
  const set = known instanceof Set ? known : new Set(known);
  return [...values].filter((value) => !set.has(value));
};
const sum = (rows: Record<string, string>[]) => rows.reduce((total, row) => total + Number(row.participants), 0);
const whereUsed = (entries: Entry[], field: string) => entries.flatMap((entry) => list(entry, field).map((value) => `${entry.slug}:${value}`));

describe('the dialogue tables', () => {
  it('are exactly 80, numbered T01 to T80', () => {
    expect(tables.map((table) => table.id)).toEqual(Array.from({ length: 80 }, (_, i) => `T${String(i + 1).padStart(2, '0')}`));
  });

  it('add up to the published participant totals per track, and to more than 600 citizens', () => {
    const totals = Object.fromEntries(TRACKS.map((track) => [track, sum(tables.filter((table) => table.track === track))]));
    expect(totals).toEqual(PARTICIPANTS);
    expect(totals.burgers).toBeGreaterThan(600);
  });

  it('took place between 1 February and 31 May 2021', () => {
    const outside = tables.filter((table) => !(table.date && table.date >= '2021-02-01' && table.date <= '2021-05-31'));
    expect(outside.map((table) => `${table.id} ${table.date}`)).toEqual([]);
  });

  it('cover all twelve provinces and some national tables, with known tracks', () => {
    const regions = new Set(tables.map((table) => table.region ?? ''));
    expect(missing(PROVINCES, regions)).toEqual([]);
    expect(regions.has('landelijk')).toBe(true);
    expect(missing(regions, [...REGIONS])).toEqual([]);
    expect(missing(new Set(tables.map((table) => table.track ?? '')), [...TRACKS])).toEqual([]);
  });

  it('discuss only existing themes and are all labelled as example', () => {
    expect(missing(tables.flatMap((table) => themesOfTable(table)), themeSlugs)).toEqual([]);
    expect(tables.filter((table) => table.example !== 'ja').map((table) => table.id)).toEqual([]);
  });
});

describe('the ideas', () => {
  it('number at least 200, of every kind, labelled as example and in plain text', () => {
    expect(ideas.length).toBeGreaterThanOrEqual(200);
    expect(missing(KINDS, new Set(ideas.map((idea) => idea.kind ?? '')))).toEqual([]);
    expect(ideas.filter((idea) => idea.example !== 'ja')).toEqual([]);
    expect(ideas.filter((idea) => /<[a-z/]/i.test(idea.text ?? ''))).toEqual([]);
  });

  it('come from an existing table that discussed the idea\'s theme', () => {
    const wrong = ideas.filter((idea) => !themesOfTable(tableById.get(idea.table ?? '')).includes(idea.theme ?? ''));
    expect(wrong.map((idea) => `${idea.table} ${idea.theme}: ${idea.text}`)).toEqual([]);
  });
});

describe('the themes', () => {
  it('are the four starting themes, one discussed later and the six recovery themes', () => {
    const byGroup = (group: string) => themes.filter((theme) => theme.data.group === group).map((theme) => theme.slug).sort();
    expect(byGroup('start')).toEqual([...START_THEMES].sort());
    expect(byGroup('later')).toEqual([...LATER_THEMES].sort());
    expect(byGroup('herstel')).toEqual([...HERSTEL_THEMES].sort());
    expect(new Set(themes.map((theme) => theme.data.order)).size).toBe(themes.length);
  });

  it('have colours that carry white text at 4.5:1 or more, and so does the primary colour', () => {
    const weak = themes.filter((theme) => contrast(String(theme.data.colour), '#ffffff') < 4.5).map((theme) => theme.slug);
    expect(weak).toEqual([]);
    expect(contrast(String((site.palette as Record<string, unknown>).primary), '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('relate to existing themes only, never to themselves', () => {
    expect(missing(whereUsed(themes, 'related').map((ref) => ref.split(':')[1] ?? ''), themeSlugs)).toEqual([]);
    expect(themes.filter((theme) => list(theme, 'related').includes(theme.slug))).toEqual([]);
  });

  it('relate in both directions, and every theme overlaps with one of the other group', () => {
    const related = new Map(themes.map((theme) => [theme.slug, list(theme, 'related')]));
    const oneWay = themes.flatMap((theme) => list(theme, 'related').filter((other) => !related.get(other)?.includes(theme.slug)).map((other) => `${theme.slug} -> ${other}`));
    expect(oneWay).toEqual([]);
    const otherGroup = (slug: string) => (HERSTEL_THEMES.includes(slug) ? [...START_THEMES, ...LATER_THEMES] : HERSTEL_THEMES);
    expect(themes.filter((theme) => !list(theme, 'related').some((other) => otherGroup(theme.slug).includes(other))).map((t) => t.slug)).toEqual([]);
  });

  it('each have an insight or chapter, a story and ideas', () => {
    const covered = (entries: Entry[]) => new Set(entries.flatMap((entry) => list(entry, 'themes')));
    const inText = new Set([...covered(insights), ...covered(chapters)]);
    const inStories = covered(stories);
    const inIdeas = new Set(ideas.map((idea) => idea.theme ?? ''));
    expect(missing(themeSlugs, inText)).toEqual([]);
    expect(missing(themeSlugs, inStories)).toEqual([]);
    expect(missing(themeSlugs, inIdeas)).toEqual([]);
  });
});

describe('the insights and chapters', () => {
  it('are the six insights of 26 May 2021, numbered 1 to 6', () => {
    expect(insights.map((insight) => insight.slug).sort()).toEqual([...INSIGHTS].sort());
    expect(insights.map((insight) => insight.data.number).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(insights.filter((insight) => isoDate(insight.data.date) !== '2021-05-26')).toEqual([]);
  });

  it('label every key quote and the quotes section as example', () => {
    expect(insights.filter((insight) => (insight.data.keyQuote as Record<string, unknown>).example !== true).map((i) => i.slug)).toEqual([]);
    expect(insights.filter((insight) => !/## Wat deelnemers zeiden[\s\S]*voorbeeld/.test(insight.body)).map((i) => i.slug)).toEqual([]);
  });

  it('include an introduction, a chapter per recovery theme and a closing chapter, in a unique order', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(8);
    expect(new Set(chapters.map((chapter) => chapter.data.order)).size).toBe(chapters.length);
    const first = chapters.find((chapter) => chapter.data.order === 1);
    expect(first?.body).toMatch(/burgers[\s\S]*middenveld[\s\S]*wetenschap/);
    for (const theme of HERSTEL_THEMES) expect(chapters.some((chapter) => list(chapter, 'themes')[0] === theme), theme).toBe(true);
  });

  it('refer only to existing themes, insights, agreed visuals and tables', () => {
    const both = [...insights, ...chapters];
    expect(whereUsed(both, 'themes').filter((ref) => !themeSlugs.has(ref.split(':')[1] ?? ''))).toEqual([]);
    expect(whereUsed(chapters, 'insights').filter((ref) => !INSIGHTS.includes(ref.split(':')[1] ?? ''))).toEqual([]);
    expect(whereUsed(insights, 'visuals').filter((ref) => !VISUALS.includes(ref.split(':')[1] ?? ''))).toEqual([]);
    expect(whereUsed(both, 'tables').filter((ref) => !tableById.has(ref.split(':')[1] ?? ''))).toEqual([]);
  });
});

describe('the stories', () => {
  it('are at least twelve, with three of each kind, all tracks and eight regions', () => {
    expect(stories.length).toBeGreaterThanOrEqual(12);
    for (const kind of KINDS) expect(stories.filter((story) => story.data.kind === kind).length, kind).toBeGreaterThanOrEqual(3);
    expect(missing(TRACKS, new Set(stories.map((story) => String(story.data.track))))).toEqual([]);
    expect(new Set(stories.map((story) => story.data.region)).size).toBeGreaterThanOrEqual(8);
  });

  it('are all labelled as example, in data and in the text', () => {
    expect(stories.filter((story) => story.data.example !== true).map((s) => s.slug)).toEqual([]);
    expect(stories.filter((story) => !/voorbeeldverhaal/i.test(story.body)).map((s) => s.slug)).toEqual([]);
  });

  it('come from a table of the same track and region, told between 2020 and May 2021', () => {
    const wrong = stories.filter((story) => {
      const table = tableById.get(String(story.data.table));
      const date = isoDate(story.data.date);
      return !table || table.track !== story.data.track || table.region !== story.data.region || date < '2020-01-01' || date > '2021-05-31';
    });
    expect(wrong.map((story) => story.slug)).toEqual([]);
  });

  it('have a small, self-contained SVG illustration next to them', () => {
    for (const story of stories) {
      const hero = story.data.hero as Record<string, unknown>;
      const file = path.resolve(path.dirname(story.file), String(hero.src));
      expect(existsSync(file), `${story.slug}: ${String(hero.src)}`).toBe(true);
      const svg = readFileSync(file, 'utf8');
      expect(svg, story.slug).toContain('viewBox="0 0 1200 675"');
      expect(svg, story.slug).not.toMatch(/<text|href=|url\(/);
      expect(statSync(file).size, story.slug).toBeLessThan(6 * 1024);
    }
  });
});

describe('the other pages', () => {
  it('hold at least ten questions, and the about, accessibility and privacy pages', () => {
    expect(faq.length).toBeGreaterThanOrEqual(10);
    expect(whereUsed(faq, 'themes').filter((ref) => !themeSlugs.has(ref.split(':')[1] ?? ''))).toEqual([]);
    expect(pages.map((page) => page.slug).sort()).toEqual(['over', 'privacy', 'toegankelijkheid']);
  });

  it('link only to themes, insights, chapters and stories that exist', () => {
    const known: Record<string, Set<string>> = {
      themas: themeSlugs,
      inzichten: new Set(insights.map((entry) => entry.slug)),
      eindproduct: new Set(chapters.map((entry) => entry.slug)),
      verhalen: new Set(stories.map((entry) => entry.slug)),
    };
    const broken = [...themes, ...insights, ...chapters, ...stories, ...faq, ...pages].flatMap((entry) =>
      internalLinks(entry.body)
        .filter((link) => {
          const [, section, slug] = link.split('/');
          return section !== undefined && slug && known[section] !== undefined && !known[section].has(slug);
        })
        .map((link) => `${entry.slug}: ${link}`),
    );
    expect(broken).toEqual([]);
  });
});
