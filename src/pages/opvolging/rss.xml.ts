import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { urls } from '../../data/urls.ts';
import { labelExample } from '../../data/example-rule.ts';
import { formatRecordDate } from '../../data/followup-model.ts';
import { listFollowUpUpdates } from '../../data/followups.ts';
import { getHarvest } from '../../data/harvest.ts';
import { citeSource } from '../../data/sources.ts';
import { t } from '../../i18n/t.ts';

/**
 * Every step of every follow-up as one item, newest first, so a reader who subscribes hears of
 * each new step without a server. Dates come from the content, so the feed is reproducible.
 *
 * pubDate rule: RSS needs a full date, so a step known only to the month or year gets the
 * first day of that month or year (00:00 UTC), and its text says how exact the date is
 * ("Datum: juli 2021 (alleen de maand is bekend)"). A step dated by the document that mentions
 * it says so too.
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
    items: listFollowUpUpdates(harvest).map(({ view, step }) => {
      const date = formatRecordDate(step.date);
      const when = step.mentioned ? t('followUps.feedMentioned', { date }) : t(`followUps.feedDate.${step.date.precision}`, { date });
      const source = step.sourceEntry
        ? `${t('followUps.source')}: ${citeSource(step.sourceEntry.data)}.`
        : `${t('site.exampleLabel')}: ${t('followUps.sourceExample')}`;
      return {
        title: labelExample(`${view.entry.data.title}${step.statusLabel ? ` (${step.statusLabel.toLowerCase()})` : ''}`, step.example),
        description: labelExample(`${step.text} ${when} ${source}`, step.example),
        pubDate: step.date.date,
        // A link with the base path: the feed puts the site's origin, not its path, before a path.
        link: `${urls.followUp(view.entry.id)}#stap-${step.number}`,
        categories: [view.status.label, ...view.themes.map((theme) => theme.data.title)],
      };
    }),
  });
};
