import { t } from '../i18n/t.ts';
import { isExampleIdea, isExampleStory, isWrittenForSite, sourceKinds, tablesById, type Flagged } from './example.ts';
import type { Harvest } from './harvest.ts';

/**
 * The one rule every writer asks whether something is an example (pages, meta and Open Graph
 * descriptions, feeds, search records, data files, chart files, cards and their post texts).
 * It is computed from the content (the rows and entries an item is made of), never from a
 * list kept apart, so a new example story or table is labelled everywhere at once.
 */
export interface ExampleRule {
  /** A dialogue table row. */
  table(id: string): boolean;
  /** A story: marked so, or told about an example table. */
  story(entry: { data: Flagged & { table?: string | undefined } }): boolean;
  /** A harvested idea: marked so, or from an example table. */
  idea(idea: Flagged & { table: string }): boolean;
  /** A follow-up as a whole. */
  followUp(entry: { data: Flagged }): boolean;
  /** A text whose sources include this site's own summary: its explanation is an example, not a record. */
  ownText(sourceIds: readonly string[]): boolean;
}

/** The rule for one harvest. */
export function exampleRuleOf(harvest: Pick<Harvest, 'tables' | 'sources'>): ExampleRule {
  const tables = tablesById(harvest.tables.map((entry) => ({ ...entry.data, id: entry.id })));
  const kinds = sourceKinds(harvest.sources);
  return {
    table: (id) => tables.get(id)?.example === true,
    story: (entry) => isExampleStory(entry.data, tables),
    idea: (idea) => isExampleIdea(idea, tables),
    followUp: (entry) => entry.data.example,
    ownText: (sourceIds) => isWrittenForSite(sourceIds, kinds),
  };
}

/** The example label as a prefix ("Voorbeeld: …"), the form every text that leaves its page takes. */
export function labelExample(text: string, example: boolean): string {
  return example ? `${t('site.exampleLabel')}: ${text}` : text;
}
