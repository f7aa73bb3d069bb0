import type { CollectionEntry } from 'astro:content';
import { KINDS, type Kind } from '../schemas/shared.ts';
import { getHarvest, type Harvest } from './harvest.ts';

import { THEME_PAGE_STORIES } from './theme-page-stories.ts';

export { THEME_PAGE_STORIES };

export { pick } from './harvest-model.ts';

/** Everything about one theme, for its page. */
// A type alias, not an interface, so Astro accepts it as page props.
export type ThemeBundle = {
  theme: CollectionEntry<'themes'>;
  related: CollectionEntry<'themes'>[];
  insights: CollectionEntry<'insights'>[];
  /** The newest stories about the theme, at most THEME_PAGE_STORIES. */
  stories: CollectionEntry<'stories'>[];
  /** How many stories are about the theme in all. */
  storyCount: number;
  chapters: CollectionEntry<'chapters'>[];
  visuals: CollectionEntry<'visuals'>[];
  ideasByKind: { kind: Kind; ideas: CollectionEntry<'ideas'>[] }[];
};

/** Gathers a theme's insights, newest stories, chapters, visuals and ideas (grouped by kind). */
export function bundleTheme(harvest: Harvest, theme: CollectionEntry<'themes'>): ThemeBundle {
  const about = (themes: readonly string[]) => themes.includes(theme.id);
  const ideas = harvest.ideas.filter((idea) => idea.data.theme === theme.id);
  const stories = harvest.stories.filter((story) => about(story.data.themes));
  return {
    theme,
    // Relations count both ways, so an editor only has to write one side.
    related: harvest.themes.filter(
      (other) => other.id !== theme.id && (theme.data.related.includes(other.id) || other.data.related.includes(theme.id)),
    ),
    insights: harvest.insights.filter((insight) => about(insight.data.themes)),
    stories: stories.slice(0, THEME_PAGE_STORIES),
    storyCount: stories.length,
    chapters: harvest.chapters.filter((chapter) => about(chapter.data.themes)),
    visuals: harvest.visuals.filter((visual) => about(visual.data.themes)),
    ideasByKind: KINDS.map((kind) => ({ kind, ideas: ideas.filter((idea) => idea.data.kind === kind) })),
  };
}

/**
 * The concrete ideas behind a chapter: ideas of the kind "idee" from the chapter's own
 * dialogue tables, about one of its themes, in the order of ideas.csv.
 */
export function chapterIdeas(
  harvest: Pick<Harvest, 'ideas'>,
  chapter: Pick<CollectionEntry<'chapters'>, 'data'>,
): CollectionEntry<'ideas'>[] {
  const tables = new Set(chapter.data.tables);
  const themes = new Set(chapter.data.themes);
  return harvest.ideas.filter((idea) => idea.data.kind === 'idee' && tables.has(idea.data.table) && themes.has(idea.data.theme));
}

/** The previous and next chapter, for the links under a chapter. */
export function neighbours<T>(list: readonly T[], index: number): { previous: T | undefined; next: T | undefined } {
  return { previous: index > 0 ? list[index - 1] : undefined, next: list[index + 1] };
}

export { getHarvest };
