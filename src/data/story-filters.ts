import type { CollectionEntry } from 'astro:content';
import { KINDS, TRACKS } from '../schemas/shared.ts';
import type { Harvest } from './harvest.ts';

/**
 * Stories per page in lists: a grid of 2, 3 or 4 columns fills evenly, and a large harvest needs
 * half the pages (and half the clicks) that 24 per page would: at 5,000 stories the lists and
 * their filters were 1,034 pages at 24, a quarter of the site's files that do not belong to one
 * story. The cards' images load lazily, so a longer page costs its HTML only.
 */
export const STORIES_PER_PAGE = 48;

/** A filtered list of stories with its own URL segment, e.g. soort/knel. */
export interface StoryFilter {
  dimension: 'soort' | 'spoor' | 'thema';
  value: string;
  stories: CollectionEntry<'stories'>[];
}

/** Every filter, also those without stories, so a filter link never points nowhere. */
export function listStoryFilters(harvest: Harvest): StoryFilter[] {
  const filters: StoryFilter[] = [
    ...KINDS.map((kind) => ({ dimension: 'soort' as const, value: kind, stories: harvest.stories.filter((s) => s.data.kind === kind) })),
    ...TRACKS.map((track) => ({
      dimension: 'spoor' as const,
      value: track,
      stories: harvest.stories.filter((s) => s.data.track === track),
    })),
    ...harvest.themes.map((theme) => ({
      dimension: 'thema' as const,
      value: theme.id,
      stories: harvest.stories.filter((s) => s.data.themes.includes(theme.id)),
    })),
  ];
  return filters;
}
