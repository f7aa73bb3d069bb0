import { cardSizes } from '../cards/card-plan.ts';
import { planCardsOfModel } from '../cards/model-card-plan.ts';
import type { CardFitter } from '../cards/fit-cache.ts';
import type { ContentModel } from '../model/content-model.ts';
import { findFieldLine } from '../model/front-matter.ts';
import { error, type CheckProblem } from '../model/problems.ts';

/**
 * Lays out every share card in each of its sizes with the card templates and the shipped fonts,
 * without rendering images, and reports each text the card would cut off. One problem per
 * field, naming the sizes where it is cut.
 */
export function findCardTextsCutInLayout(
  model: ContentModel,
  buildDate: Date,
  // Laid out once per content: the card cache folder keeps the result (src/cards/fit-cache.ts).
  fitter: CardFitter,
): CheckProblem[] {
  const plan = planCardsOfModel(model, buildDate);
  if (!plan) return [];
  const { entries } = model;
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
