import { getAxeEvidence } from '../data/accessibility-evidence.ts';
import { followUpsAnswering, viewFollowUp } from '../data/followups.ts';
import type { Harvest } from '../data/harvest.ts';
import { getOpenDatasets } from '../data/open-data.ts';
import { bundleTheme, chapterIdeas, neighbours, pick } from '../data/queries.ts';
import { getVisuals } from '../data/visuals.ts';
import { EARL_FILE } from '../accessibility/earl.ts';
import { pdfFileName } from '../pdf/pdf-name.ts';

/** A chart's pages and files: one per chart of the content and, with follow-ups, the two computed from them. */
const eachVisual = async () => (await getVisuals()).map((visual) => ({ params: { slug: visual.slug }, props: { visual } }));
/** A chart's files, which look their chart up themselves. */
const eachVisualSlug = async () => (await getVisuals()).map((visual) => ({ params: { slug: visual.slug } }));
/** One open data file per dataset (src/data/open-data.ts). */
const eachDataset = async () => (await getOpenDatasets()).map((dataset) => ({ params: { name: dataset.name }, props: { dataset } }));

/**
 * How the entries of each kind of entry page or file are listed from the harvest: params for the
 * route's file name, props with what the page shows (views joined here once per build, not in the
 * page). Keyed by the kind's name in the page registry (src/data/page-kinds.ts).
 */
export const ENTRY_PATHS = {
  // A theme page's props hold the stories it lists, their number and its ideas: its cache key digests them.
  theme: (harvest: Harvest) => harvest.themes.map((theme) => ({ params: { slug: theme.id }, props: bundleTheme(harvest, theme) })),
  insight: (harvest: Harvest) =>
    harvest.insights.map((insight, index) => ({
      params: { slug: insight.id },
      props: {
        insight,
        themes: pick(harvest.themes, insight.data.themes),
        visuals: pick(harvest.visuals, insight.data.visuals),
        tables: pick(harvest.tables, insight.data.tables),
        followUps: followUpsAnswering(harvest, 'insights', insight.id),
        ...neighbours(harvest.insights, index),
      },
    })),
  story: (harvest: Harvest) =>
    harvest.stories.map((story) => ({
      params: { slug: story.id },
      props: {
        story,
        themes: pick(harvest.themes, story.data.themes),
        table: harvest.tables.find((table) => table.id === story.data.table),
      },
    })),
  chapter: (harvest: Harvest) =>
    harvest.chapters.map((chapter, index) => ({
      params: { slug: chapter.id },
      props: {
        chapter,
        chapters: harvest.chapters,
        themes: pick(harvest.themes, chapter.data.themes),
        insights: pick(harvest.insights, chapter.data.insights),
        tables: pick(harvest.tables, chapter.data.tables),
        ideas: chapterIdeas(harvest, chapter),
        followUps: followUpsAnswering(harvest, 'chapters', chapter.id),
        ...neighbours(harvest.chapters, index),
      },
    })),
  // Plain pages (about, accessibility, privacy) live at the top level: /over/, /toegankelijkheid/, /privacy/.
  page: (harvest: Harvest) => harvest.pages.map((page) => ({ params: { page: page.id }, props: { page } })),
  'follow-up': (harvest: Harvest) =>
    harvest.followups.map((entry) => ({ params: { slug: entry.id }, props: { view: viewFollowUp(harvest, entry) } })),
  visual: eachVisual,
  embed: eachVisual,
  'visual csv': eachVisualSlug,
  'visual svg': eachVisualSlug,
  'visual png': eachVisualSlug,
  'embed oembed': eachVisualSlug,
  'open data csv': eachDataset,
  'open data json': eachDataset,
  // One document, named after the site: /eindproduct/<site-name>.pdf (ROUTES.productPdf).
  'product pdf': (harvest: Harvest) => [{ params: { document: pdfFileName(harvest.site.name) } }],
  // The axe report is published only when `npm run a11y:report` wrote one; the statement links it then.
  'accessibility evidence': () => {
    const evidence = getAxeEvidence();
    return evidence ? [{ params: { report: EARL_FILE.replace(/\.jsonld$/, '') }, props: { text: evidence.text } }] : [];
  },
};
