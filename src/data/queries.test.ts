import { describe, expect, it } from 'vitest';
import type { Harvest } from './harvest.ts';
import { bundleTheme, THEME_PAGE_STORIES } from './queries.ts';

const theme = (id: string, related: string[] = []) => ({ id, data: { related } });
const story = (id: string, themes: string[]) => ({ id, data: { themes } });

/** A harvest with only the fields bundleTheme reads. */
function harvestWith(stories: ReturnType<typeof story>[]): Harvest {
  return {
    themes: [theme('wonen', ['werken']), theme('werken'), theme('leren')],
    insights: [],
    stories,
    chapters: [],
    visuals: [],
    ideas: [
      { id: '00002', data: { theme: 'wonen', kind: 'idee' } },
      { id: '00003', data: { theme: 'werken', kind: 'knel' } },
    ],
  } as unknown as Harvest;
}

describe('bundleTheme', () => {
  it('carries at most one list page of the newest stories and counts them all', () => {
    const stories = Array.from({ length: THEME_PAGE_STORIES + 5 }, (_, index) =>
      story(`verhaal-${index}`, index % 2 === 0 ? ['wonen'] : ['wonen', 'werken']),
    );
    const harvest = harvestWith([...stories, story('elders', ['leren'])]);
    const bundle = bundleTheme(harvest, harvest.themes[0]!);
    expect(bundle.stories.map((entry) => entry.id)).toEqual(stories.slice(0, THEME_PAGE_STORIES).map((entry) => entry.id));
    expect(bundle.storyCount).toBe(THEME_PAGE_STORIES + 5);
  });

  it('shows every story of a small theme, and its related themes both ways', () => {
    const harvest = harvestWith([story('een', ['werken']), story('twee', ['wonen'])]);
    const bundle = bundleTheme(harvest, harvest.themes[1]!);
    expect(bundle.stories.map((entry) => entry.id)).toEqual(['een']);
    expect(bundle.storyCount).toBe(1);
    expect(bundle.related.map((entry) => entry.id)).toEqual(['wonen']);
    expect(bundle.ideasByKind.find(({ kind }) => kind === 'knel')?.ideas.map((idea) => idea.id)).toEqual(['00003']);
  });
});
