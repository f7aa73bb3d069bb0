import path from 'node:path';
import { cardSizes, planCards, type CardSources } from '../cards/card-plan.ts';
import { openCardFitter } from '../cards/fit-cache.ts';
import { findFieldLine } from '../model/front-matter.ts';
import type { LoadedEntry } from '../model/load-content.ts';
import { error, type CheckProblem } from '../model/problems.ts';

type Data = Record<string, unknown>;
const text = (data: Data, key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');
const list = (data: Data, key: string) => (Array.isArray(data[key]) ? (data[key] as string[]) : []);

/** The card sources the build would use, from the entries that passed their schema. */
export function cardSourcesOf(entries: readonly LoadedEntry[]): CardSources | undefined {
  const site = entries.find((entry) => entry.collection === 'site')?.data;
  if (!site) return undefined;
  const valid = (collection: string) =>
    entries.filter((entry) => entry.collection === collection && entry.data && entry.data['draft'] !== true);
  const base = (entry: LoadedEntry) => ({
    slug: entry.id,
    source: entry.file,
    title: text(entry.data!, 'title'),
    themes: list(entry.data!, 'themes'),
  });
  return {
    site: site as unknown as CardSources['site'],
    themes: valid('themes').map((e) => ({
      ...base(e),
      shortTitle: text(e.data!, 'shortTitle'),
      summary: text(e.data!, 'summary'),
      colour: text(e.data!, 'colour'),
      cardHeadline: text(e.data!, 'cardHeadline'),
    })),
    insights: valid('insights').map((e) => ({ ...base(e), number: Number(e.data!['number']), summary: text(e.data!, 'summary') })),
    chapters: valid('chapters').map((e) => ({ ...base(e), order: Number(e.data!['order']), summary: text(e.data!, 'summary') })),
    // The chart itself is not drawn: only the texts are measured.
    visuals: valid('visuals').map((e) => ({
      ...base(e),
      caption: text(e.data!, 'caption'),
      alt: text(e.data!, 'alt'),
      example: e.data!['example'] === true,
      chartSvg: '',
    })),
    stories: valid('stories').map((e) => ({ ...base(e), pullQuote: text(e.data!, 'pullQuote'), example: e.data!['example'] === true })),
  };
}

/**
 * Lays out every share card in each of its sizes with the card templates and the shipped fonts,
 * without rendering images, and reports each text the card would cut off. One problem per
 * field, naming the sizes where it is cut.
 */
export function findCardTextsCutInLayout(entries: readonly LoadedEntry[], root = path.resolve('.')): CheckProblem[] {
  const sources = cardSourcesOf(entries);
  if (!sources) return [];
  // Laid out once per content: the card cache folder keeps the result (src/cards/fit-cache.ts).
  const fitter = openCardFitter(root);
  const plan = planCards(sources);
  const cut = new Map<string, { file: string; field: string; sizes: string[]; shown: string; length: number; allowed: number }>();
  for (const card of plan.cards) {
    for (const size of cardSizes(plan, card)) {
      for (const warning of fitter.warningsOf(card, plan.brand, size)) {
        if (warning.kind !== 'cut') continue;
        const key = `${card.source}|${warning.field}`;
        const found = cut.get(key) ?? {
          file: card.source,
          field: warning.field,
          sizes: [],
          shown: warning.shown,
          length: warning.length,
          allowed: warning.allowed,
        };
        found.sizes.push(`${warning.width}×${warning.height}`);
        // The tightest card decides how much shorter the text must be.
        if (warning.allowed < found.allowed) Object.assign(found, { shown: warning.shown, allowed: warning.allowed });
        cut.set(key, found);
      }
    }
  }
  fitter.save();
  const site = entries.find((entry) => entry.collection === 'site');
  const problems = new Map<string, CheckProblem>();
  for (const { file, field, sizes, shown, length, allowed } of cut.values()) {
    // Texts every card shows (site.shortUrl, site.name) belong to site.yaml, once.
    const siteField = field.startsWith('site.') || file === 'site.yaml';
    const entry = siteField ? site : entries.find((e) => e.file === file);
    const name = field.replace(/^site\./, '');
    const line = entry ? findFieldLine(entry.yamlText, name.split('.')) : undefined;
    problems.set(
      `${entry?.file ?? file}|${name}`,
      error({
        file: entry?.file ?? file,
        line: line === undefined ? undefined : line + (entry?.lineOffset ?? 0),
        field: name,
        message: `te lang voor de deelkaart van ${sizes.join(', ')}: daar staat alleen "${shown}" (${allowed} van de ${length} tekens)`,
        fix: 'maak de tekst korter',
      }),
    );
  }
  return [...problems.values()];
}
