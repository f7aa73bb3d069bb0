import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getHarvest } from '../data/harvest.ts';
import { urls } from '../data/urls.ts';
import { exampleRuleOf, labelExample } from '../data/example-rule.ts';
import { t } from '../i18n/t.ts';

/** Stories as an RSS feed, newest first. Dates come from the content, so the feed is reproducible. */
export const GET: APIRoute = async ({ site }) => {
  const harvest = await getHarvest();
  const rule = exampleRuleOf(harvest);
  return rss({
    title: t('rss.title', { site: harvest.site.name }),
    description: harvest.site.description,
    site: site ?? harvest.site.baseUrl,
    customData: '<language>nl-nl</language>',
    // A preview build shows drafts on their pages, never in a feed.
    items: harvest.stories
      .filter((story) => !story.data.draft)
      .map((story) => ({
        title: labelExample(story.data.title, rule.story(story)),
        description: labelExample(story.data.summary, rule.story(story)),
        pubDate: story.data.date,
        // A link with the base path: the feed puts the site's origin, not its path, before a path.
        link: urls.story(story.id),
        categories: [t(`kind.${story.data.kind}`), ...story.data.themes],
      })),
  });
};
