import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './output-size.ts';

/** Files and bytes of one part of the output. */
export interface FileCount {
  files: number;
  bytes: number;
}

/**
 * The output split into what each story adds and what the site has whatever its size: a story's
 * files are those named after it (its page, its share cards, its hero image in _astro/) plus one
 * search fragment (Pagefind writes one per indexed page and names it by a hash). Everything else
 * is fixed in this count, the pages of paginated lists and the search index's chunks included,
 * although those grow with the harvest too.
 */
export interface FileCensus {
  stories: number;
  /** Per story, on average. */
  perStory: FileCount;
  /** What a story's files are, by kind ("page", "card", "hero", "search fragment"), per story. */
  perStoryByKind: Record<string, number>;
  fixed: FileCount;
  /**
   * Of the fixed files, those that still grow with the harvest: pages 2, 3 … of the paginated lists
   * and search fragments beyond one per story (ideas, which Pagefind groups, and the other pages).
   * The largest-harvest model takes them to grow in proportion to the stories, as the bench's ideas do.
   */
  growing: FileCount;
  /** The fixed files by top folder (pagefind/ split into fragments and the rest), largest first. */
  fixedByFolder: { folder: string; files: number; bytes: number }[];
  /** Per folder that holds story or growing files: those per story and its other files, for the hosts' per-folder limits. */
  folders: { folder: string; perStory: number; fixed: number }[];
  /** The largest of the files that list the whole harvest (card data, feeds, sitemap, open data, zips, search metadata), which grow with it. */
  largestGrowing: { path: string; bytes: number };
  /** The largest of the other files, which do not. */
  largestFixed: { path: string; bytes: number };
}

/** Pages 2, 3 … of the story lists, their filters and the card galleries. */
const LIST_PAGE = /^(verhalen\/(\d+|[^/]+\/[^/]+\/\d+)|deelkaarten\/[^/]+\/\d+)\/index\.html$/;

/** Files that list every story (or idea), so their size grows with the harvest. */
const GROWING = /^(deelkaarten\.json|rss\.xml|sitemap-\d+\.xml|open-data\/.+|deelkaarten\/.+\.zip|pagefind\/.+\.pf_meta)$/;

/** What kind of story file a path is, or undefined when it belongs to no story. */
function storyKindOf(file: string, slugs: ReadonlySet<string>): string | undefined {
  const parts = file.split('/');
  if (parts[0] === 'verhalen' && parts.length === 3 && slugs.has(parts[1]!)) return 'page';
  if (parts[0] === 'deelkaarten' && parts[1] === 'verhalen' && parts.length === 3) {
    const slug = parts[2]!.replace(/-\d+x\d+\.png$/, '');
    if (slugs.has(slug)) return 'card';
  }
  if (parts[0] === '_astro' && parts.length === 2 && slugs.has(parts[1]!.split('.')[0]!)) return 'hero';
  return undefined;
}

/** Counts a built site's files per story and fixed (see FileCensus). */
export function censusFiles(outDir: string, storySlugs: readonly string[]): FileCensus {
  const slugs = new Set(storySlugs);
  const byKind = new Map<string, FileCount>();
  const fixedByFolder = new Map<string, FileCount>();
  const folderCounts = new Map<string, { story: number; fixed: number }>();
  const growing: FileCount = { files: 0, bytes: 0 };
  const add = (map: Map<string, FileCount>, key: string, bytes: number) => {
    const count = map.get(key) ?? { files: 0, bytes: 0 };
    count.files++;
    count.bytes += bytes;
    map.set(key, count);
  };
  // Pagefind's fragments: one per indexed page, so one per story is the story's; the rest fixed.
  let fragmentsLeft = storySlugs.length;
  const largestGrowing = { path: '', bytes: 0 };
  const largestFixed = { path: '', bytes: 0 };
  for (const native of listFiles(outDir)) {
    const file = native.split(path.sep).join('/');
    const bytes = statSync(path.join(outDir, native)).size;
    const folder = path.posix.dirname(file);
    const largest = GROWING.test(file) ? largestGrowing : largestFixed;
    if (bytes > largest.bytes) Object.assign(largest, { path: file, bytes });
    const counts = folderCounts.get(folder) ?? { story: 0, fixed: 0 };
    folderCounts.set(folder, counts);
    let kind = storyKindOf(file, slugs);
    if (!kind && folder === 'pagefind/fragment' && fragmentsLeft > 0) {
      fragmentsLeft--;
      kind = 'search fragment';
    }
    if (kind) {
      add(byKind, kind, bytes);
      counts.story++;
    } else {
      const grows = LIST_PAGE.test(file) || folder === 'pagefind/fragment';
      if (grows) {
        growing.files++;
        growing.bytes += bytes;
      }
      const top = file.includes('/') ? (folder.startsWith('pagefind') ? folder : file.split('/')[0]!) : '(top level)';
      add(fixedByFolder, top, bytes);
      if (grows) counts.story++;
      else counts.fixed++;
    }
  }
  const stories = Math.max(storySlugs.length, 1);
  const storyTotal = [...byKind.values()].reduce((sum, count) => ({ files: sum.files + count.files, bytes: sum.bytes + count.bytes }), {
    files: 0,
    bytes: 0,
  });
  const fixedTotal = [...fixedByFolder.values()].reduce(
    (sum, count) => ({ files: sum.files + count.files, bytes: sum.bytes + count.bytes }),
    {
      files: 0,
      bytes: 0,
    },
  );
  return {
    stories: storySlugs.length,
    perStory: { files: storyTotal.files / stories, bytes: storyTotal.bytes / stories },
    perStoryByKind: Object.fromEntries([...byKind].map(([kind, count]) => [kind, count.files / stories])),
    fixed: fixedTotal,
    growing,
    fixedByFolder: [...fixedByFolder].map(([folder, count]) => ({ folder, ...count })).sort((a, b) => b.files - a.files),
    folders: [...folderCounts]
      .filter(([, counts]) => counts.story > 0)
      .map(([folder, counts]) => ({ folder, perStory: counts.story / stories, fixed: counts.fixed })),
    largestGrowing,
    largestFixed,
  };
}

/** Files and bytes below a folder, or of one file (the incremental build's cache); zero when it does not exist. */
export function folderSize(dir: string): FileCount {
  try {
    const stats = statSync(dir);
    if (stats.isFile()) return { files: 1, bytes: stats.size };
  } catch {
    return { files: 0, bytes: 0 };
  }
  let files = 0;
  let bytes = 0;
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) {
        files++;
        bytes += statSync(full).size;
      }
    }
  };
  visit(dir);
  return { files, bytes };
}
