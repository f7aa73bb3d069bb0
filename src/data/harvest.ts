import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, type ContentProblem } from '../messages/content-problems.ts';
import { sortFollowUps, stepDate } from './followup-model.ts';
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

let loading: Promise<Harvest> | undefined;

/**
 * The one place that reads collections. Drafts are dropped in production builds; every
 * cross reference is checked, and the build stops with all broken ones listed.
 */
export function getHarvest(): Promise<Harvest> {
  loading ??= loadHarvest();
  return loading;
}

/** Drafts are visible in `astro dev` (with a marker) and never in a build; set per command in astro.config.mjs. */
export const showDrafts = process.env.OOGST_DRAFTS === 'show';

async function loadHarvest(): Promise<Harvest> {
  const [siteEntries, themes, insights, stories, chapters, visuals, faq, pages, sources, tables, ideas, followups] = await Promise.all([
    getCollection('site'),
    getCollection('themes'),
    getCollection('insights'),
    getCollection('stories', (story) => showDrafts || !story.data.draft),
    getCollection('chapters'),
    getCollection('visuals'),
    getCollection('faq'),
    getCollection('pages'),
    getCollection('sources'),
    getCollection('tables'),
    getCollection('ideas'),
    getCollection('followups'),
  ]);
  const site = siteEntries[0]?.data;
  if (!site)
    throw new ContentError([
      {
        file: 'content/site.yaml',
        field: '(bestand)',
        message: 'het bestand ontbreekt: maak content/site.yaml aan (zie docs/redactie.md)',
      },
    ]);
  const harvest: Harvest = {
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
  const problems = checkHarvest(harvest);
  if (problems.length > 0) throw new ContentError(problems, 'Verwijzingen in de inhoud kloppen niet');
  return harvest;
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
    entry.data.updates
      .map((update, index) => ({ update, index }))
      .filter(({ update }) => stepDate(update, dates) === undefined && update.source !== undefined && known.sources.has(update.source))
      .map(({ index }) => ({
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
