// The lists of a theme's page that come from other entries (src/pages/themas/[slug].astro): its
// insights, chapters and newest stories from the CMS's own copy of those collections (Sveltia's
// getCollection, so an edit saved in this session shows), its charts and ideas from the build's
// preview data (the CMS does not edit charts or ideas.csv), and related themes both ways.
// Drafts are left out, as on the published page.
import { formatNumber } from '../../../i18n/format.ts';
import { t, type MessageKey } from '../../../i18n/t.ts';
import { themeColourClass } from '../../../styles/colour-css.ts';
import type { PreviewData } from '../../preview/preview-data-file.ts';
import { exampleNote, labelOf, listOf, recordDateOf, recordDateText, textOf, type H } from './kit.ts';

/** An entry as Sveltia's getCollection hands it over: Immutable.js, with `slug` and `data`. */
interface CmsEntryMap {
  get(key: string): unknown;
}
export type GetCollection = (name: string) => Promise<CmsEntryMap[]>;

interface Listed {
  id: string;
  data: Record<string, unknown>;
}

/** The entries of the collections a theme's page lists, as plain data; nothing when the CMS cannot give them. */
export interface OtherEntries {
  insights: Listed[];
  chapters: Listed[];
  stories: Listed[];
  themes: Listed[];
}

async function entriesOf(getCollection: GetCollection, name: string): Promise<Listed[]> {
  const entries = await getCollection(name);
  return entries.map((entry) => {
    const data = entry.get('data') as { toJS?: () => Record<string, unknown> } | undefined;
    return { id: textOf(entry.get('slug')), data: data?.toJS?.() ?? {} };
  });
}

const number = (value: unknown) => (typeof value === 'number' ? value : Number(value) || 0);
const time = (value: unknown) => recordDateOf(value)?.date.getTime() ?? 0;

/** The four collections, sorted as the harvest sorts them (src/data/harvest-model.ts), drafts left out. */
export async function loadOtherEntries(getCollection: GetCollection): Promise<OtherEntries> {
  const [insights, chapters, stories, themes] = await Promise.all(
    ['insights', 'chapters', 'stories', 'themes'].map((name) => entriesOf(getCollection, name)),
  );
  return {
    insights: insights!.sort((a, b) => number(a.data['number']) - number(b.data['number'])),
    chapters: chapters!.sort((a, b) => number(a.data['order']) - number(b.data['order'])),
    stories: stories!
      .filter((story) => story.data['draft'] !== true)
      .sort((a, b) => time(b.data['date']) - time(a.data['date']) || a.id.localeCompare(b.id)),
    themes: themes!.sort((a, b) => number(a.data['order']) - number(b.data['order']) || a.id.localeCompare(b.id)),
  };
}

const about = (entry: Listed, theme: string) => listOf(entry.data['themes']).includes(theme);

function section(h: H, id: string, title: string, ...children: unknown[]) {
  return h('section', { className: 'oogst-section', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

const links = (h: H, items: string[]) => h('ul', { className: 'oogst-links' }, ...items.map((item) => h('li', null, h('a', null, item))));

/** src/components/StoryCard.astro, without its image (the preview has other entries' texts, not their files). */
function storyCard(h: H, story: Listed) {
  const kind = textOf(story.data['kind']);
  return h(
    'li',
    { className: 'oogst-card' },
    h(
      'div',
      { className: 'oogst-card__body' },
      h(
        'p',
        { className: 'oogst-card__meta' },
        h('span', { className: `oogst-kind oogst-kind--${kind}` }, labelOf('kind', kind)),
        h('time', null, recordDateText(story.data['date'])),
        story.data['example'] === true ? h('span', { className: 'oogst-example' }, t('site.exampleLabel')) : null,
      ),
      h('h3', { className: 'oogst-card__title' }, h('a', null, textOf(story.data['title']))),
      h('p', null, textOf(story.data['summary'])),
    ),
  );
}

/**
 * The sections below a theme's own part, in the page's order: insights, chapters, stories, charts,
 * ideas, related themes. The follow-up block ("Wat is ermee gedaan?") is not drawn: its statuses
 * are derived from dated steps and sources by the build (src/data/followup-model.ts).
 */
export function themeSections(h: H, data: PreviewData, theme: { id: string; related: string[] }, entries: OtherEntries): unknown[] {
  const lists = data.themeLists[theme.id] ?? { visuals: [], ideas: [], ideasExample: false };
  const insights = entries.insights.filter((insight) => about(insight, theme.id));
  const chapters = entries.chapters.filter((chapter) => about(chapter, theme.id));
  const stories = entries.stories.filter((story) => about(story, theme.id));
  const related = entries.themes.filter(
    (other) => other.id !== theme.id && (theme.related.includes(other.id) || listOf(other.data['related']).includes(theme.id)),
  );
  const ideas = lists.ideas.filter((group) => group.texts.length > 0);
  return [
    insights.length > 0
      ? section(
          h,
          'theme-insights',
          t('themes.insights'),
          links(
            h,
            insights.map(
              (insight) => `${t('insights.number', { number: textOf(insight.data['number']) })}: ${textOf(insight.data['title'])}`,
            ),
          ),
        )
      : null,
    chapters.length > 0
      ? section(
          h,
          'theme-chapters',
          t('themes.chapters'),
          links(
            h,
            chapters.map(
              (chapter) => `${t('product.chapter', { number: textOf(chapter.data['order']) })}: ${textOf(chapter.data['title'])}`,
            ),
          ),
        )
      : null,
    stories.length > 0
      ? section(
          h,
          'theme-stories',
          t('themes.stories'),
          h('ul', { className: 'oogst-grid' }, ...stories.slice(0, data.themeStoryLimit).map((story) => storyCard(h, story))),
          stories.length > data.themeStoryLimit
            ? h('p', { className: 'oogst-more oogst-cta' }, h('a', null, t('themes.allStories', { count: formatNumber(stories.length) })))
            : null,
        )
      : null,
    lists.visuals.length > 0
      ? section(
          h,
          'theme-visuals',
          t('themes.visuals'),
          links(
            h,
            lists.visuals.map((visual) => visual.title),
          ),
        )
      : null,
    section(
      h,
      'theme-ideas',
      t('themes.ideas'),
      lists.ideasExample ? exampleNote(h, t('ideas.exampleNote')) : null,
      ...ideas.map((group) =>
        h(
          'section',
          { className: `oogst-ideas oogst-ideas--${group.kind}`, 'aria-labelledby': `ideas-${group.kind}` },
          h(
            'h3',
            { id: `ideas-${group.kind}` },
            `${t(`kind.plural.${group.kind}` as MessageKey)} `,
            h('span', { className: 'oogst-count' }, `(${t('themes.ideasCount', { count: formatNumber(group.texts.length) })})`),
          ),
          h('ul', { className: 'oogst-ideas__list' }, ...group.texts.map((text) => h('li', null, text))),
        ),
      ),
    ),
    related.length > 0
      ? section(
          h,
          'theme-related',
          t('themes.related'),
          h(
            'ul',
            { className: 'oogst-grid' },
            ...related.map((other) =>
              h(
                'li',
                { className: `oogst-tile ${themeColourClass(other.id)}` },
                h('h3', { className: 'oogst-tile__title' }, h('a', null, textOf(other.data['title']))),
                h('p', null, textOf(other.data['summary'])),
              ),
            ),
          ),
        )
      : null,
  ];
}
