import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildSettings } from '../config/build-context.ts';
import { codeFingerprint } from '../config/code-fingerprint.ts';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { Plugin } from 'vite';
import { ROUTES, withBase } from '../data/routes.ts';
import { t } from '../i18n/t.ts';
import { restoreBundle, storeBundle } from '../search/bundle-cache.ts';
import { collectWords, createCompoundSplitter, markCompounds } from '../search/compound-split.ts';
import { htmlText, mapHtmlText } from '../search/html-text.ts';
import { findIdeas, groupIdeas, ideaGroupHtml, ideaGroupUrl } from '../search/idea-records.ts';
import { slimComponentUi } from '../search/slim-component-ui.ts';
import { listBuiltHtml } from './built-html.ts';

/** Where the search bundle lives, below the output folder and on the site. */
export const BUNDLE_DIR = ROUTES.searchBundle.replace(/^\/|\/$/g, '');

/**
 * Pagefind's ready-made interfaces, written into every bundle. The search page bundles its
 * own slimmed component UI (see slimComponentUiPlugin), so these would only be dead weight.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Parts of an indexed page that are not its own content. */
const EXCLUDED = ['nav', '.oogst-back', '.oogst-grid'];

/**
 * The site path of a built file: `themas/wonen/index.html` → `/themas/wonen/`. Without the base
 * path: Pagefind puts the folder above its bundle ("/dialoog/" for "/dialoog/pagefind/") before it.
 */
function urlOf(file: string): string {
  return (
    '/' +
    file
      .split(path.sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1')
  );
}

/**
 * A theme page gathers everything about its theme, so a search for the theme's name
 * should put it first, above insights and stories that carry the same words in their title.
 */
function boostThemeTitle(html: string, themeType: string): string {
  return html.includes(`data-pagefind-filter="type:${themeType}"`) ? html.replace(/<h1(?=[\s>])/, '<h1 data-pagefind-weight="10"') : html;
}

/**
 * Everything besides the pages that decides what the index holds: Pagefind's version, this
 * integration and every module it imports (the one code fingerprint), and the labels it writes.
 */
function indexerFingerprint(): string {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  return codeFingerprint(
    root,
    ['src/integrations/pagefind.ts'],
    [
      // The package's exports hide its package.json; it sits in the project's node_modules.
      readFileSync(path.join(root, 'node_modules/pagefind/package.json')),
      t('search.type.idee'),
      t('search.type.thema'),
      EXCLUDED.join(','),
    ],
  );
}

/** Where the last bundle is kept between builds, below Astro's cache folder. */
let bundleCacheRoot: string | undefined;

/**
 * Indexes the built site: every page that marks a `data-pagefind-body`, with its compounds
 * marked in the indexed copy only (the HTML in `dist/` is not changed), plus the
 * harvested ideas in small groups (src/search/idea-records.ts), each idea reached at its
 * anchor on the theme page. When the
 * pages are byte for byte those of the last build, the last bundle is reused.
 */
export async function buildSearchIndex(
  outDir: string,
  logger?: AstroIntegrationLogger,
  cacheRoot = bundleCacheRoot,
): Promise<{ pages: number; ideas: number; ideaRecords: number; cached: boolean; seconds: number }> {
  const started = performance.now();
  // Passes over the files rather than every page in memory at once: at 10,000 stories the
  // pages alone would take hundreds of megabytes next to Astro's own memory. The first pass
  // only hashes the pages and finds their ideas, which is all a warm build with unchanged
  // pages needs; when the index must be written, one pass gathers the words and another
  // reads each page again as it is sent.
  const hash = createHash('sha256').update(indexerFingerprint());
  const pages: IndexedPage[] = [];
  for (const file of listBuiltHtml(outDir)) {
    const html = readFileSync(path.join(outDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const url = urlOf(file);
    hash.update(`\0${url}\0${html}`);
    pages.push({ url, file: path.join(outDir, file), ideas: findIdeas(html) });
  }
  const key = hash.digest('hex').slice(0, 32);
  const bundle = path.join(outDir, BUNDLE_DIR);
  const ideas = pages.reduce((sum, page) => sum + page.ideas.length, 0);
  const ideaRecords = pages.reduce((sum, page) => sum + groupIdeas(page.ideas, page.url).length, 0);
  const cached = cacheRoot !== undefined && restoreBundle(cacheRoot, key, bundle);
  if (!cached) {
    await writeIndex(pages, bundle);
    if (cacheRoot) storeBundle(cacheRoot, key, bundle);
  }
  const seconds = (performance.now() - started) / 1000;
  logger?.info(
    `zoekindex: ${pages.length} pagina's en ${ideas} ideeën in ${ideaRecords} groepen (Nederlands) in ${BUNDLE_DIR}/, ` +
      `${seconds.toFixed(1).replace('.', ',')} s${cached ? ' (uit cache)' : ''}`,
  );
  return { pages: pages.length, ideas, ideaRecords, cached, seconds };
}

/** How many records are on their way to Pagefind at once. */
const IN_FLIGHT = 8;

/** Starts the tasks in order, at most `limit` running at once, and gives their results in order. */
async function inOrder<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  return results;
}

/** A page to index: its URL, its file in the output and the harvested ideas it lists. */
interface IndexedPage {
  url: string;
  file: string;
  ideas: ReturnType<typeof findIdeas>;
}

/** Every word of every page: the parts a compound may be split into. */
function gatherVocabulary(pages: readonly IndexedPage[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const page of pages) for (const word of collectWords(htmlText(readFileSync(page.file, 'utf8')))) vocabulary.add(word);
  return vocabulary;
}

/** Runs Pagefind over the pages and their ideas and writes the bundle to `bundle`. */
async function writeIndex(pages: IndexedPage[], bundle: string): Promise<void> {
  const split = createCompoundSplitter(gatherVocabulary(pages));
  const ideaType = t('search.type.idee');
  const themeType = t('search.type.thema');

  // Dutch stemming for every page; back links, navigation and card grids (which repeat
  // other pages' titles) would only add noise to results.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl', excludeSelectors: EXCLUDED });
  if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
  const problems: string[] = [];
  try {
    // A few records in flight rather than one round trip at a time; more than that only
    // makes Pagefind's threads compete (measured on two cores). They are sent in order,
    // and Pagefind numbers records in the order they arrive.
    const sends = pages.flatMap((page) => [
      () =>
        index.addHTMLFile({
          url: page.url,
          content: boostThemeTitle(
            mapHtmlText(readFileSync(page.file, 'utf8'), (text) => markCompounds(text, split)),
            themeType,
          ),
        }),
      ...groupIdeas(page.ideas, page.url).map(
        (group) => () =>
          index.addHTMLFile({
            url: ideaGroupUrl(group),
            content: ideaGroupHtml(group, ideaType, (idea) => markCompounds(idea.text, split)),
          }),
      ),
    ]);
    for (const response of await inOrder(sends, IN_FLIGHT)) problems.push(...response.errors);
    // Never write through links into the cache: a fresh folder gets fresh files.
    rmSync(bundle, { recursive: true, force: true });
    problems.push(...(await index.writeFiles({ outputPath: bundle })).errors);
    for (const file of UNUSED_BUNDLE_FILES) rmSync(path.join(bundle, file), { force: true });
  } finally {
    await pagefind.close();
  }
  if (problems.length > 0) throw new Error(`Pagefind meldt fouten bij het indexeren:\n${problems.join('\n')}`);
}

/** The search page's components; the rest of Pagefind's component UI is left out of its script. */
const SEARCH_PAGE_COMPONENTS = ['pagefind-config', 'pagefind-input', 'pagefind-summary', 'pagefind-results', 'pagefind-filter-pane'];

/** Slims Pagefind's component UI module to Dutch and the search page's components as Vite bundles it. */
function slimComponentUiPlugin(): Plugin {
  return {
    name: 'oogst:slim-pagefind-component-ui',
    transform(code, id) {
      if (!/@pagefind[\\/]component-ui[\\/]npm_dist[\\/]mjs[\\/]component-ui\.mjs$/.test(id.split('?')[0]!)) return null;
      return {
        code: slimComponentUi(code, { language: 'nl', components: SEARCH_PAGE_COMPONENTS, dropCore: ['core/keyboard-shortcuts.ts'] }),
        map: null,
      };
    },
  };
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Builds the Pagefind search index after every `astro build`, and lets `astro dev` serve
 * the index of the last build, so search works in the dev server after one build.
 */
export default function oogstPagefind(settings: Pick<BuildSettings, 'basePath'>): AstroIntegration {
  let outDir = path.resolve('dist');
  return {
    name: 'oogst:pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // Not pre-bundled in dev, so the dev server serves the same slimmed module as the build.
        updateConfig({ vite: { plugins: [slimComponentUiPlugin()], optimizeDeps: { exclude: ['@pagefind/component-ui'] } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        bundleCacheRoot = fileURLToPath(new URL('oogst-pagefind/', config.cacheDir));
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = path.join(outDir, BUNDLE_DIR);
        if (!existsSync(bundle)) logger.warn(`geen zoekindex in ${bundle}: zoeken werkt in de dev-server pas na één keer "npm run build".`);
        server.middlewares.use(withBase(ROUTES.searchBundle, settings.basePath), (request, response, next) => {
          const file = path.join(bundle, decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname));
          if (!file.startsWith(bundle + path.sep) || !existsSync(file) || !statSync(file).isFile()) return next();
          response.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
