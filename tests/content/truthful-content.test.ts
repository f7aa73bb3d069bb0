import { describe, expect, it } from 'vitest';
import { resolveContentDir } from '../../src/config/build-context.ts';
import { list, readContentFolder } from './read-content.ts';

// What the default site may claim, and how its invented data hang together. The record is
// the two seed documents (the proposal of 12 November 2020 and the agenda and advice for the
// MCC-19 of 26 May 2021) and the public facts named in the design brief.
const dir = resolveContentDir();

const { site, themes, insights, chapters, stories, faq, pages, sources, followups, ideas, tableById } = readContentFolder(dir);

/** The six recovery themes of the July 2021 perspective, in the public record's words. */
const RECOVERY_THEME_TITLES: Record<string, string> = {
  'nieuwe-ongelijkheden': 'Nieuwe ongelijkheden',
  'duurzaam-herstel': 'Duurzaam economisch herstel',
  'gezond-en-groen': 'Gezonde mensen in een groene leefomgeving',
  weerbaarheid: 'Sociale en mentale veerkracht van de samenleving',
  'blended-samenleving': 'Het nieuwe werken en leven in een blended samenleving',
  'inclusief-bestuur': 'Bestuurlijke verhoudingen en inclusieve besluitvorming',
};

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
const trigrams = (text: string) => {
  const w = words(text);
  return w.slice(0, -2).map((_, i) => `${w[i]} ${w[i + 1]} ${w[i + 2]}`);
};
/** True when most of an idea's word triples occur in a text: the text tells the same idea. */
const tellsIdea = (text: string, idea: string) => {
  const own = trigrams(idea);
  const there = new Set(trigrams(text));
  return own.length >= 3 && own.filter((gram) => there.has(gram)).length / own.length >= 0.5;
};
const allText = [...themes, ...insights, ...chapters, ...stories, ...faq, ...pages];

describe('names and figures from the public record', () => {
  it('gives the six recovery themes and their chapters the names of the July 2021 perspective', () => {
    for (const [slug, title] of Object.entries(RECOVERY_THEME_TITLES)) {
      expect(themes.find((theme) => theme.slug === slug)?.data.title, slug).toBe(title);
      expect(chapters.some((chapter) => chapter.data.title === title), slug).toBe(true);
    }
  });

  it('shows "ruim 600" citizens on the home page, with a source that holds them, never an exact sum of example tables', () => {
    const figures = site.publicFigures as { source: string; items: { value: number; qualifier?: string; label: string }[] };
    const source = sources.find((entry) => entry.slug === figures.source);
    expect(source?.data.kind).toBe('record');
    expect(source?.body).toMatch(/ruim 600 burgers, 128 bedrijven en organisaties, 50 wetenschappers en 41 lokale bestuurders/);
    const citizens = figures.items.find((item) => item.label === 'burgers');
    expect(citizens).toEqual({ value: 600, qualifier: 'ruim', label: 'burgers' });
    // No source holds the number of tables: it is not shown as a public figure.
    expect(figures.items.map((item) => item.value)).toEqual([600, 128, 50, 41]);
  });

  it('uses the six insight titles exactly as the May 2021 agenda gives them', () => {
    const titles = [...insights].sort((a, b) => Number(a.data.number) - Number(b.data.number)).map((insight) => insight.data.title);
    expect(titles).toEqual([
      'De samenleving is veerkrachtig',
      'Directe schade COVID-19 is groot',
      'Veranderende waarden in een nieuwe samenleving',
      'De online (blended) samenleving zet door',
      'Opgaven moeten breed opgepakt worden met een overheid die regisseert en perspectief biedt',
      'De dialoog met samenleving is belangrijk, ook in de volgende fase',
    ]);
  });

  it('names a source for every text that states facts, and the text of a real follow-up step', () => {
    const unsourced = [...insights, ...chapters, ...themes].filter((entry) => !Array.isArray(entry.data.sources) || entry.data.sources.length === 0);
    expect(unsourced.map((entry) => entry.slug)).toEqual([]);
    const steps = followups
      .filter((entry) => entry.data.example !== true)
      .flatMap((entry) => (entry.data.updates as { source?: string; example?: boolean }[]).map((step) => ({ entry: entry.slug, step })));
    expect(steps.filter(({ step }) => !step.example && !sources.some((source) => source.slug === step.source))).toEqual([]);
  });

  it('sets no status on a real follow-up that its source does not give, and names no responsible party without a source', () => {
    const real = followups.filter((entry) => entry.data.example !== true);
    for (const entry of real) {
      expect(entry.data.status, entry.slug).toBeUndefined();
      const responsible = entry.data.responsible as { source?: string } | undefined;
      if (responsible) expect(sources.some((source) => source.slug === responsible.source), entry.slug).toBe(true);
    }
    // The May 2021 agenda asks who is responsible for the final product: the site does not answer it.
    expect(real.find((entry) => entry.slug === 'perspectief-voor-en-door-de-samenleving')?.data.responsible).toBeUndefined();
  });

  it('names no real organisation as publisher, and no real domain as the site\'s address', () => {
    const organisation = site.organisation as { name: string; url: string };
    expect(organisation.name).toMatch(/^INVULLEN/);
    expect(organisation.url).toMatch(/\.invalid$/);
    expect(String(site.baseUrl)).toMatch(/\.invalid$/);
    expect(site.shortUrl).toBeUndefined();
  });

  it('does not claim a closing day that no source gives', () => {
    expect(site.closedOnKnown).toBe('unknown');
  });

  it('writes no exact number of citizens and no "meer dan 600" where the record says "ruim 600"', () => {
    const exact = allText.filter((entry) => /\b612\b/.test(entry.body) || /\b612\b/.test(JSON.stringify(entry.data)));
    expect(exact.map((entry) => entry.slug)).toEqual([]);
  });
});

describe('what is a summary written for this site', () => {
  it('says so at the top of every chapter and every insight', () => {
    const silent = [...chapters, ...insights].filter((entry) => !/^<Callout title="[^"]+">\n[^<]*voor deze site (is |zijn )?geschreven/.test(entry.body.trimStart()));
    expect(silent.map((entry) => entry.slug)).toEqual([]);
  });

  it('names the real documents on the about page by name and date, without links to them', () => {
    const about = pages.find((page) => page.slug === 'over');
    expect(about?.body).toMatch(/12 november 2020/);
    expect(about?.body).toMatch(/26 mei 2021/);
    expect(about?.body).toMatch(/perspectief \*voor en door de samenleving\* van 12 juli 2021/);
    expect(about?.body).toMatch(/reconstructie van de resultatensite/);
    expect(about?.body).toMatch(/\(\/bronnen\/\)/);
    expect(about?.body).not.toMatch(/\]\(https?:/);
  });

  it('never presents a chapter as the July 2021 perspective itself', () => {
    const claims = allText.filter((entry) => /werd alles samengebracht in dit perspectief|Lees het perspectief voor en door de samenleving/.test(entry.body));
    expect(claims.map((entry) => entry.slug)).toEqual([]);
  });
});

describe('contact and promises', () => {
  it('names no invented address at the real domain and promises no reply time', () => {
    const invented = allText.filter((entry) => /@watisjouwidee\.nl|werkdagen/.test(entry.body));
    expect(invented.map((entry) => entry.slug)).toEqual([]);
    expect(String((site.contact as Record<string, unknown>).email)).toMatch(/\.invalid$/);
  });

  it('names who is responsible for the data on the privacy page', () => {
    expect(pages.find((page) => page.slug === 'privacy')?.body).toMatch(/verantwoordelijk voor de gegevens/);
  });
});

describe('the invented data hang together', () => {
  it('puts every idea at a table that discussed its theme', () => {
    const wrong = ideas.filter((idea) => !(tableById.get(idea.table ?? '')?.themes ?? '').split(';').includes(idea.theme ?? ''));
    expect(wrong.map((idea) => `${idea.table} ${idea.theme}: ${idea.text}`)).toEqual([]);
  });

  it('keeps things people say about themselves and their family to the citizens’ tables', () => {
    const personal = /^(ik|mijn|onze|ons|we|wij)\b/i;
    const wrong = ideas.filter((idea) => personal.test(idea.text ?? '') && tableById.get(idea.table ?? '')?.track !== 'burgers');
    expect(wrong.map((idea) => `${idea.table}: ${idea.text}`)).toEqual([]);
  });

  it('keeps neighbourhood life off the tables of local administrators: their ideas are about what a government does', () => {
    const neighbourhood = /\b(buurtkoor|balkons?|kleinkinderen|opa|oma|sportclub)\b/i;
    const wrong = ideas.filter((idea) => tableById.get(idea.table ?? '')?.track === 'bestuur' && neighbourhood.test(idea.text ?? ''));
    expect(wrong.map((idea) => `${idea.table}: ${idea.text}`)).toEqual([]);
  });

  it('places an idea a story tells at the story’s own table, in ideas.csv too', () => {
    const wrong = stories.flatMap((story) =>
      ideas
        .filter((idea) => tellsIdea(story.body, idea.text ?? '') && idea.table !== story.data.table)
        .map((idea) => `${story.slug} (${String(story.data.table)}) ≠ ${idea.table}: ${idea.text}`),
    );
    expect(wrong).toEqual([]);
  });

  it('tells every story at a table that discussed one of its themes', () => {
    const wrong = stories.filter((story) => {
      const themesOfTable = (tableById.get(String(story.data.table))?.themes ?? '').split(';');
      return !list(story, 'themes').some((theme) => themesOfTable.includes(theme));
    });
    expect(wrong.map((story) => story.slug)).toEqual([]);
  });

  it('gives every recovery chapter ideas of its own tables, listed from ideas.csv rather than typed in the text', () => {
    for (const chapter of chapters.filter((entry) => list(entry, 'tables').length > 0)) {
      const own = new Set(list(chapter, 'tables'));
      const themesOfChapter = new Set(list(chapter, 'themes'));
      const listed = ideas.filter((idea) => idea.kind === 'idee' && own.has(idea.table ?? '') && themesOfChapter.has(idea.theme ?? ''));
      expect(listed.length, chapter.slug).toBeGreaterThanOrEqual(4);
      expect(chapter.body, chapter.slug).not.toMatch(/## Ideeën van de tafels/);
    }
  });
});
