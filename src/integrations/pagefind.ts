import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { t } from '../i18n/t';
import { collectWords, createCompoundSplitter, markCompounds } from '../search/compound-split';
import { htmlText, mapHtmlText } from '../search/html-text';
import { findIdeas, toIdeaRecord } from '../search/idea-records';

/** Where the search bundle lives, below the output folder and on the site. */
export const BUNDLE_DIR = 'pagefind';

/** Parts of an indexed page that are not its own content. */
const EXCLUDED = ['nav', '.oogst-back', '.oogst-grid'];

/** Every HTML file below `dir`, relative to it. */
function listHtml(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === BUNDLE_DIR ? [] : listHtml(full, base);
    return name.endsWith('.html') ? [path.relative(base, full)] : [];
  });
}

/** The site URL of a built file: `themas/wonen/index.html` → `/themas/wonen/`. */
function urlOf(file: string): string {
  return '/' + file.split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1');
}

/**
 * A theme page gathers everything about its theme, so a search for the theme's name
 * should put it first, above insights and stories that carry the same words in their title.
 */
function boostThemeTitle(html: string, themeType: string): string {
  return html.includes(`data-pagefind-filter="type:${themeType}"`) ? html.replace(/<h1(?=[\s>])/, '<h1 data-pagefind-weight="10"') : html;
}

/**
 * Indexes the built site: every page that marks a `data-pagefind-body`, with its compounds
 * marked in the indexed copy only (the HTML in `dist/` is not changed), plus every
 * harvested idea as its own record pointing at its anchor on the theme page.
 */
export async function buildSearchIndex(outDir: string, logger?: AstroIntegrationLogger): Promise<{ pages: number; ideas: number }> {
  const pages = listHtml(outDir)
    .map((file) => ({ url: urlOf(file), html: readFileSync(path.join(outDir, file), 'utf8') }))
    .filter((page) => page.html.includes('data-pagefind-body'));
  const vocabulary = new Set(pages.flatMap((page) => collectWords(htmlText(page.html))));
  const split = createCompoundSplitter(vocabulary);
  const ideaType = t('search.type.idee');
  const themeType = t('search.type.thema');

  // Dutch stemming for every page; back links, navigation and card grids (which repeat
  // other pages' titles) would only add noise to results.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl', excludeSelectors: EXCLUDED });
  if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
  const problems: string[] = [];
  let ideas = 0;
  try {
    for (const page of pages) {
      const content = boostThemeTitle(mapHtmlText(page.html, (text) => markCompounds(text, split)), themeType);
      problems.push(...(await index.addHTMLFile({ url: page.url, content })).errors);
      for (const idea of findIdeas(page.html)) {
        const record = toIdeaRecord(idea, page.url, ideaType, markCompounds(idea.text, split));
        problems.push(...(await index.addCustomRecord(record)).errors);
        ideas++;
      }
    }
    problems.push(...(await index.writeFiles({ outputPath: path.join(outDir, BUNDLE_DIR) })).errors);
  } finally {
    await pagefind.close();
  }
  if (problems.length > 0) throw new Error(`Pagefind meldt fouten bij het indexeren:\n${problems.join('\n')}`);
  logger?.info(`zoekindex: ${pages.length} pagina's en ${ideas} ideeën (Nederlands) in ${BUNDLE_DIR}/`);
  return { pages: pages.length, ideas };
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Builds the Pagefind search index after every `astro build`, and lets `astro dev` serve
 * the index of the last build, so search works in the dev server after one build.
 */
export default function oogstPagefind(): AstroIntegration {
  let outDir = path.resolve('dist');
  return {
    name: 'oogst:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = path.join(outDir, BUNDLE_DIR);
        if (!existsSync(bundle)) logger.warn(`geen zoekindex in ${bundle}: zoeken werkt in de dev-server pas na één keer "npm run build".`);
        server.middlewares.use(`/${BUNDLE_DIR}/`, (request, response, next) => {
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
