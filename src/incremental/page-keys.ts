import { COLLECTION_TABLE } from '../collections/collection-table.ts';
import { isClosed } from '../data/archive.ts';
import type { Harvest } from '../data/harvest-model.ts';
import type { PageKind } from '../data/page-kinds.ts';
import { canonicalJson, digest, entryDigest, folderDigest } from './digest.ts';

/**
 * The data digests a page's cache key is made of, once per harvest. Stories and ideas are the
 * large collections (thousands of entries): a page names the ones it shows through its props.
 * Everything else is small and shown all over the site (names in menus, colours, example rules,
 * sources), so every key holds all of it.
 */
export interface HarvestDigests {
  /** site.yaml, themes, insights, chapters, charts, questions, pages, sources, tables, follow-ups, every other file of the content folder, and what pages show of the build context. */
  site: string;
  /** Every story, in the harvest's order. */
  stories: string;
  /** Every idea, in the harvest's order. */
  ideas: string;
}

/** What the digests read besides the harvest: the content folder (for files modules read themselves) and the build context. */
export interface DigestContext {
  contentDir: string;
  buildDate: Date;
  /** The rest of the build context (src/config/build-context.ts): drafts, cards, the site's address … */
  readonly [setting: string]: unknown;
}

/** Settings of the build context that pages do not show: the date (see shownContext) and the folders, whose contents the digests cover. */
const UNSHOWN = new Set(['buildDate', 'buildDateSource', 'root', 'contentDir', 'cacheDir', 'cardCacheDir', 'pdfCacheDir']);

/**
 * What pages can show of the build context, which Astro leaves out of a page's module graph
 * (src/integrations/build-context.ts): every setting but the folders, and of the build date only
 * whether the dialogue is closed on it (the one use pages make of it), so a new commit's date
 * alone renders nothing again. A setting added to the context is in the key unless listed here.
 */
export function shownContext(site: Harvest['site'], context: DigestContext): string {
  const settings = Object.entries(context).filter(([name]) => !UNSHOWN.has(name));
  return canonicalJson({ closed: isClosed(site, context.buildDate), settings: Object.fromEntries(settings) });
}

const SMALL_COLLECTIONS = ['themes', 'insights', 'chapters', 'visuals', 'faq', 'pages', 'sources', 'tables', 'followups'] as const;
/** The files of the large collections, digested entry by entry instead. */
const LARGE_FILES = new Set<string>([COLLECTION_TABLE.stories.folder, COLLECTION_TABLE.ideas.file]);

const known = new WeakMap<Harvest, HarvestDigests>();

/** The digests of one harvest (computed once: every page of a build shares them). */
export function harvestDigests(harvest: Harvest, context: DigestContext): HarvestDigests {
  const cached = known.get(harvest);
  if (cached) return cached;
  const listDigest = (entries: readonly Parameters<typeof entryDigest>[0][]) => digest(...entries.map(entryDigest));
  const digests: HarvestDigests = {
    site: digest(
      canonicalJson(harvest.site),
      ...SMALL_COLLECTIONS.map((collection) => listDigest(harvest[collection])),
      folderDigest(context.contentDir, (relative) => LARGE_FILES.has(relative)),
      shownContext(harvest.site, context),
    ),
    stories: listDigest(harvest.stories),
    ideas: listDigest(harvest.ideas),
  };
  known.set(harvest, digests);
  return digests;
}

/**
 * The cache key of one page: the kind, the page's parameters and props (entries by their digest),
 * the site's small collections and, for a kind keyed by 'everything', every story and idea. Two
 * builds give a page the same key exactly when the data it can show is the same; its code is
 * Astro's part (the page's module graph).
 */
export function pageCacheKey(
  kind: Pick<PageKind, 'name' | 'keyedBy'>,
  digests: HarvestDigests,
  path: { params: unknown; props?: unknown },
): string | undefined {
  if (!kind.keyedBy) return undefined;
  const everything = kind.keyedBy === 'everything' ? [digests.stories, digests.ideas] : [];
  return digest(kind.name, kind.keyedBy, digests.site, ...everything, canonicalJson(path.params), canonicalJson(path.props ?? null));
}
