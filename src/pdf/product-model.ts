/**
 * The final product's document model from the harvest: the same chapters, ideas, sources and
 * charts the pages show, as plain data for src/pdf/product-document.ts.
 */
import { readFile } from 'node:fs/promises';
import { knownPublisher } from '../data/placeholders.ts';
import { formatPeriod } from '../charts/format.ts';
import type { VisualInput } from '../charts/types.ts';
import { anyExample, ideasAreExample, tablesById } from '../data/example.ts';
import type { Harvest } from '../data/harvest.ts';
import { chapterIdeas } from '../data/queries.ts';
import { ROUTES, absoluteUrl } from '../data/urls.ts';
import { formatDate, t } from '../i18n/t.ts';
import { bodyImageUrls, preparePdfImage, type ImageFolders, type PdfImage } from './body-images.ts';
import { bodyError, bodyToTypst } from './body-to-typst.ts';
import { chartFigure } from './chart-figure.ts';
import type { ProductChapter, ProductModel, SourceList } from './product-document.ts';

type Chapter = Harvest['chapters'][number];

/** Lines of the file before its body (the front matter), so messages give the file's own line. */
async function bodyLineOffset(file: string, body: string): Promise<number> {
  const source = await readFile(file, 'utf8').catch(() => undefined);
  const at = source?.indexOf(body.slice(0, 200)) ?? -1;
  return at > 0 ? (source ?? '').slice(0, at).split('\n').length - 1 : 0;
}

/** A link as written in content, as a full address: site-root paths get the site's address. */
function linkResolver(baseUrl: string, pageUrl: string) {
  return (href: string) => {
    if (href.startsWith('/') && !href.startsWith('//')) return absoluteUrl(baseUrl, href);
    try {
      return new URL(href, pageUrl).href;
    } catch {
      return href;
    }
  };
}

function sourcesOf(chapter: Chapter, harvest: Harvest): { sources: SourceList[]; example: boolean } {
  const byId = <T extends { id: string }>(list: readonly T[], ids: readonly string[]) =>
    ids.map((id) => list.find((entry) => entry.id === id)).filter((entry): entry is T => entry !== undefined);
  const tables = byId(harvest.tables, chapter.data.tables);
  const lists: SourceList[] = [
    { label: t('site.provenanceThemes'), items: byId(harvest.themes, chapter.data.themes).map((theme) => theme.data.title) },
    { label: t('site.provenanceInsights'), items: byId(harvest.insights, chapter.data.insights).map((insight) => insight.data.title) },
    { label: t('site.provenanceTracks'), items: chapter.data.tracks.map((track) => t(`track.${track}`)) },
    {
      label: t('site.provenanceTables'),
      items: tables.map(
        (table) => `${table.id}: ${table.data.title}${table.data.example ? ` (${t('site.exampleLabel').toLowerCase()})` : ''}`,
      ),
    },
  ];
  return { sources: lists.filter((list) => list.items.length > 0), example: anyExample(tables.map((table) => table.data)) };
}

/**
 * Builds the model. `visuals` are the site's resolved charts; `buildDate` is the build's date
 * (the build context, src/config/build-context.ts), never the clock; `folders` are where body
 * images may be read from.
 */
export async function buildProductModel(
  harvest: Harvest,
  visuals: readonly VisualInput[],
  buildDate: Date,
  folders: ImageFolders,
): Promise<ProductModel> {
  const { site } = harvest;
  const tables = tablesById(harvest.tables.map((table) => ({ id: table.id, example: table.data.example })));
  const visualBySlug = new Map(visuals.map((visual) => [visual.slug, visual]));
  const visualFiles = new Map(harvest.visuals.map((entry) => [entry.id, entry.filePath ?? `content/visuals/${entry.id}.yaml`]));
  const shownInline = new Set<string>();
  let holdsExample = false;
  const images = new Map<string, Buffer>();
  const chapters: ProductChapter[] = [];
  for (const chapter of harvest.chapters) {
    const file = chapter.filePath ?? `content/chapters/${chapter.id}.mdx`;
    const url = absoluteUrl(site.baseUrl, ROUTES.chapter(chapter.id));
    const lineOffset = await bodyLineOffset(file, chapter.body ?? '');
    const format = file.endsWith('.md') ? 'md' : 'mdx';
    const bodyImages = new Map<string, PdfImage | undefined>();
    for (const address of bodyImageUrls(chapter.body ?? '', format)) {
      if (!bodyImages.has(address)) bodyImages.set(address, await preparePdfImage(address, file, folders));
    }
    for (const image of bodyImages.values()) if (image) images.set(image.typstPath, image.bytes);
    const bodyMarkup = bodyToTypst(chapter.body ?? '', format, {
      file,
      lineOffset,
      parentLevel: 1,
      absoluteLink: linkResolver(site.baseUrl, url),
      exampleLabel: t('site.exampleLabel'),
      onExample: () => (holdsExample = true),
      image: (address) => bodyImages.get(address),
      visual: (id, line) => {
        const visual = visualBySlug.get(id);
        if (!visual)
          throw bodyError({ file, lineOffset: 0 }, line, `de grafiek "${id}" bestaat niet`, 'kies een grafiek uit content/visuals/');
        shownInline.add(id);
        holdsExample ||= visual.example;
        return chartFigure(visual);
      },
    });
    const ideas = chapterIdeas(harvest, chapter);
    const { sources, example } = sourcesOf(chapter, harvest);
    chapters.push({
      file,
      order: chapter.data.order,
      title: chapter.data.title,
      summary: chapter.data.summary,
      bodyMarkup,
      plainSummary: chapter.data.plainSummary,
      ideas: ideas.map((idea) => ({ text: idea.data.text, table: idea.data.table })),
      ideasExample: ideasAreExample(
        ideas.map((idea) => idea.data),
        tables,
      ),
      sources,
      sourcesExample: example,
      url,
    });
  }
  // The charts of the insights the chapters build on, each once, in the order the chapters name them.
  const insightVisuals = harvest.chapters
    .flatMap((chapter) => chapter.data.insights)
    .flatMap((id) => harvest.insights.find((insight) => insight.id === id)?.data.visuals ?? []);
  const chartVisuals = [...new Set(insightVisuals)]
    .filter((slug) => !shownInline.has(slug))
    .map((slug) => visualBySlug.get(slug))
    .filter((visual): visual is VisualInput => visual !== undefined);
  const charts = chartVisuals.map((visual) => ({
    file: visualFiles.get(visual.slug) ?? 'content/visuals/',
    title: visual.spec.title,
    markup: chartFigure(visual, false),
  }));
  // Opening and closing dates in site.yaml are days, but the record often knows only the month
  // (the default site's comments say so); the PDF states the period no more precisely than that.
  const period =
    // No period when the closing date is not on record: the PDF says no more than the site.
    site.openedOn && site.closedOn && site.closedOnKnown !== 'unknown'
      ? formatPeriod({ date: site.openedOn, precision: 'month' }, { date: site.closedOn, precision: 'month' })
      : undefined;
  return {
    title: t('pdf.title', { product: t('product.title'), site: site.name }),
    siteName: site.name,
    tagline: site.closedOn && site.closedTagline ? site.closedTagline : site.tagline,
    intro: t('product.intro'),
    // A placeholder is never printed as the publisher (src/data/placeholders.ts).
    publisher: knownPublisher(site) ?? { name: t('site.publisherMissing'), url: '' },
    author: knownPublisher(site)?.name,
    period,
    buildDate,
    siteUrl: absoluteUrl(site.baseUrl, ROUTES.chapters),
    primaryColour: site.palette.primary,
    chapters,
    charts,
    images,
    example:
      holdsExample ||
      chartVisuals.some((visual) => visual.example) ||
      chapters.some((chapter) => chapter.ideasExample || chapter.sourcesExample),
    dataLicence: site.dataLicence.title,
    formatDay: formatDate,
  };
}
