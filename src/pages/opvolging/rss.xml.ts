import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { urls } from '../../data/urls.ts';
import { listFollowUpUpdates } from '../../data/followups.ts';
import { getHarvest } from '../../data/harvest.ts';
import { t } from '../../i18n/t.ts';

/**
 * Every step of every follow-up as one item, newest first, so a reader who subscribes hears of
 * each new step without a server. Dates come from the content, so the feed is reproducible.
 */
export const GET: APIRoute = async ({ site }) => {
  const harvest = await getHarvest();
  return rss({
    title: t('followUps.feedTitle', { site: harvest.site.name }),
    description: t('followUps.feedDescription'),
    site: site ?? harvest.site.baseUrl,
    customData: '<language>nl-nl</language>',
    // Links carry a fragment (#stap-2) after their slash; the default would add a slash after the fragment.
    trailingSlash: false,
    items: listFollowUpUpdates(harvest).map(({ view, step }) => ({
      title: `${step.example ? `${t('site.exampleLabel')}: ` : ''}${view.entry.data.title}${step.statusLabel ? ` (${step.statusLabel.toLowerCase()})` : ''}`,
      description: step.source
        ? `${step.text} ${t('followUps.source')}: ${step.source.document}.`
        : `${step.text} ${t('followUps.sourceExample')}`,
      pubDate: step.date.date,
      // A link with the base path: the feed puts the site's origin, not its path, before a path.
      link: `${urls.followUp(view.entry.id)}#stap-${step.number}`,
      categories: [view.status.label, ...view.themes.map((theme) => theme.data.title)],
    })),
  });
};
