import type { CollectionEntry } from 'astro:content';
import { ContentError, type ContentProblem } from '../messages/content-problems.ts';
import { sortFollowUps, undatedSteps } from './followup-model.ts';
import { sortSources, sourceDatesOf } from './sources.ts';
import { COLLECTION_TABLE } from '../collections/collection-table.ts';
import { findBrokenReferences, referencingEntries, type ReferencingEntry } from './references.ts';
import { findDuplicateNumbers } from './ordering.ts';

/** Everything the site is built from, loaded once, checked, sorted. */
export interface Harvest {
  site: CollectionEntry<'site'>['data'];
  themes: CollectionEntry<'themes'>[];
  insights: CollectionEntry<'insights'>[];
  stories: CollectionEntry<'stories'>[];
  chapters: CollectionEntry<'chapters'>[];
  visuals: CollectionEntry<'visuals'>[];
  faq: CollectionEntry<'faq'>[];
  pages: CollectionEntry<'pages'>[];
  /** The documents facts come from, by id. */
  sources: CollectionEntry<'sources'>[];
  tables: CollectionEntry<'tables'>[];
  ideas: CollectionEntry<'ideas'>[];
  /** Follow-ups ("Wat is ermee gedaan?"), most recently updated first. */
  followups: CollectionEntry<'followups'>[];
}

/** The entries of every collection as loaded, in any order, drafts already left out where they must be. */
export type HarvestEntries = Omit<Harvest, 'site'> & { site: CollectionEntry<'site'>[] };

/**
 * The harvest of loaded entries, sorted the one way every page, card and check sees them. Astro's
 * collections (src/data/harvest.ts) and the content model of `npm run check` (src/model) both
 * come through here, so the build and the check see the same order.
 */
export function assembleHarvest(entries: HarvestEntries): Harvest {
  const site = entries.site[0]?.data;
  if (!site)
    throw new ContentError([
      {
        file: 'content/site.yaml',
        field: '(bestand)',
        message: 'het bestand ontbreekt: maak content/site.yaml aan (zie docs/redactie.md)',
      },
    ]);
  const { themes, insights, stories, chapters, visuals, faq, pages, sources, tables, ideas, followups } = entries;
  return {
    site,
    themes: themes.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
    insights: insights.sort((a, b) => a.data.number - b.data.number),
    stories: stories.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id)),
    chapters: chapters.sort((a, b) => a.data.order - b.data.order),
    visuals: visuals.sort((a, b) => a.id.localeCompare(b.id)),
    faq: faq.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
    pages,
    sources: sortSources(sources),
    tables: tables.sort((a, b) => a.data.date.getTime() - b.data.date.getTime() || a.id.localeCompare(b.id)),
    ideas,
    followups: sortFollowUps(followups, sourceDatesOf(sources)),
  };
}

/** Entries in `ids` order, looked up by id. Ids were checked by the harvest, so none is missing. */
export function pick<T extends { id: string }>(entries: readonly T[], ids: readonly string[]): T[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const fileOf = (entry: { filePath?: string | undefined; id: string }, fallback: string) => entry.filePath ?? `${fallback}/${entry.id}`;

/** Every cross reference and uniqueness rule between collections, by the reference fields of the collection table. */
export function checkHarvest(harvest: Harvest): ContentProblem[] {
  const of = <C extends 'themes' | 'insights' | 'chapters' | 'stories' | 'visuals' | 'followups' | 'faq' | 'pages'>(collection: C) =>
    harvest[collection].flatMap((e) => referencingEntries(collection, e.data, fileOf(e, collection)));
  const rows = <C extends 'tables' | 'ideas'>(collection: C) =>
    harvest[collection].flatMap((e) => referencingEntries(collection, e.data, COLLECTION_TABLE[collection].file, e.data.line));
  const entries: ReferencingEntry[] = [
    ...of('themes'),
    ...of('insights'),
    ...of('chapters'),
    ...of('stories'),
    ...of('visuals'),
    ...of('followups'),
    ...of('faq'),
    ...of('pages'),
    ...referencingEntries('site', harvest.site, `content/${COLLECTION_TABLE.site.file}`),
    ...rows('tables'),
    ...rows('ideas'),
  ];
  const known = {
    themes: new Set(harvest.themes.map((e) => e.id)),
    insights: new Set(harvest.insights.map((e) => e.id)),
    visuals: new Set(harvest.visuals.map((e) => e.id)),
    tables: new Set(harvest.tables.map((e) => e.id)),
    chapters: new Set(harvest.chapters.map((e) => e.id)),
    sources: new Set(harvest.sources.map((e) => e.id)),
    statuses: new Set(harvest.site.followUpStatuses.map((status) => status.id)),
  };
  const dates = sourceDatesOf(harvest.sources);
  const undated = harvest.followups.flatMap((entry) =>
    undatedSteps(entry.data.updates, dates).map((index) => ({
      file: fileOf(entry, 'followups'),
      field: `updates.${index}.date`,
      message: 'deze stap heeft geen datum, en zijn bron ook niet',
      fix: 'geef de stap een datum (date: JJJJ-MM-DD, JJJJ-MM of JJJJ) of kies een bron met een datum',
    })),
  );
  return [
    ...undated,
    ...findBrokenReferences(entries, known),
    ...findDuplicateNumbers(
      harvest.chapters.map((e) => ({ file: fileOf(e, 'chapters'), value: e.data.order })),
      'order',
    ),
    ...findDuplicateNumbers(
      harvest.insights.map((e) => ({ file: fileOf(e, 'insights'), value: e.data.number })),
      'number',
    ),
  ];
}
