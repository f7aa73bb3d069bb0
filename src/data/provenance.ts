import type { CollectionEntry } from 'astro:content';
import type { Track } from '../schemas/shared.ts';
import { anyExample } from './example.ts';
import { urls } from './urls.ts';
import { t } from '../i18n/t.ts';

/** One link of a provenance block; `example` puts the example badge beside it. */
export interface ProvenanceLink {
  href: string;
  text: string;
  example?: boolean;
}

/** A labelled group of links; `single` shows one link without a list (a story's one table). */
export interface ProvenanceGroup {
  label: string;
  links: ProvenanceLink[];
  single?: boolean;
  listClass?: string;
}

/** What src/components/Provenance.astro shows: where a page's content comes from, or what it answers. */
export interface ProvenanceView {
  headingId: string;
  heading: string;
  /** Said above the groups when any table named is an example. */
  note?: string | undefined;
  groups: ProvenanceGroup[];
}

const themeLinks = (themes: readonly CollectionEntry<'themes'>[]): ProvenanceLink[] =>
  themes.map((theme) => ({ href: urls.theme(theme.id), text: theme.data.title }));

/** Where an insight or a chapter of the final product comes from: themes, insights, tracks and dialogue tables. */
export function sourcesProvenance(from: {
  themes: readonly CollectionEntry<'themes'>[];
  insights?: readonly CollectionEntry<'insights'>[];
  tracks: readonly Track[];
  tables: readonly CollectionEntry<'tables'>[];
}): ProvenanceView {
  const { themes, insights = [], tracks, tables } = from;
  // Computed from the tables listed: a box that names an example table says so.
  const example = anyExample(tables.map((table) => table.data));
  // Each table gets its own badge only when real and example tables stand side by side.
  const mixed = example && tables.some((table) => !table.data.example);
  return {
    headingId: 'provenance-heading',
    heading: t('site.provenance'),
    note: example ? t('site.provenanceExample') : undefined,
    groups: [
      { label: t('site.provenanceThemes'), links: themeLinks(themes) },
      {
        label: t('site.provenanceInsights'),
        links: insights.map((insight) => ({ href: urls.insight(insight.id), text: insight.data.title })),
      },
      {
        label: t('site.provenanceTracks'),
        links: tracks.map((track) => ({ href: urls.storyFilter('spoor', track), text: t(`track.${track}`) })),
      },
      {
        label: t('site.provenanceTables'),
        listClass: 'oogst-provenance__tables',
        links: tables.map((table) => ({
          href: urls.table(table.id),
          text: `${table.id}: ${table.data.title}`,
          example: mixed && table.data.example,
        })),
      },
    ].filter((group) => group.links.length > 0),
  };
}

/** Where a story comes from: its themes and the dialogue table it was told at. */
export function storyProvenance(
  themes: readonly CollectionEntry<'themes'>[],
  table: CollectionEntry<'tables'> | undefined,
): ProvenanceView {
  return {
    headingId: 'story-provenance',
    heading: t('site.provenance'),
    groups: [
      { label: t('site.provenanceThemes'), links: themeLinks(themes) },
      ...(table
        ? [{ label: t('stories.from'), single: true, links: [{ href: urls.table(table.id), text: `${table.id}, ${table.data.title}` }] }]
        : []),
    ],
  };
}

/** What a follow-up answers: the themes, insights, chapters and dialogue tables it names. */
export function followUpAnswers(view: {
  themes: readonly CollectionEntry<'themes'>[];
  insights: readonly CollectionEntry<'insights'>[];
  chapters: readonly CollectionEntry<'chapters'>[];
  tables: readonly CollectionEntry<'tables'>[];
}): ProvenanceView {
  return {
    headingId: 'followup-answers',
    heading: t('followUps.answers'),
    groups: [
      { label: t('followUps.answersThemes'), links: themeLinks(view.themes) },
      {
        label: t('followUps.answersInsights'),
        links: view.insights.map((insight) => ({ href: urls.insight(insight.id), text: insight.data.title })),
      },
      {
        label: t('followUps.answersChapters'),
        links: view.chapters.map((chapter) => ({ href: urls.chapter(chapter.id), text: chapter.data.title })),
      },
      {
        label: t('followUps.answersTables'),
        links: view.tables.map((table) => ({ href: urls.table(table.id), text: `${table.id}: ${table.data.title}` })),
      },
    ].filter((group) => group.links.length > 0),
  };
}
