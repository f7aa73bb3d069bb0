import { mkdir, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ADMIN_SCRIPT, bundleAdmin, type AdminFile } from '../cms/admin-bundle.ts';
import { ADMIN_FOLDER } from '../cms/admin-folder.ts';
import { renderAdminPage } from '../cms/admin-page.ts';
import { buildCmsConfig, renderCmsConfig } from '../cms/cms-config.ts';
import { publishedPages } from '../cms/published-pages.ts';
import { PUBLISHED_PAGES_FILE } from '../cms/published-pages-file.ts';
import { buildPreviewColours, buildPreviewData } from '../cms/preview/preview-data.ts';
import { PREVIEW_COLOURS_FILE, PREVIEW_DATA_FILE } from '../cms/preview/preview-data-file.ts';
import { readCmsInput } from '../cms/read-cms-input.ts';
import { getContentDir } from '../config/content-dir.ts';
import { readContentModel } from '../model/content-model.ts';

/** index.html and config.yml of /admin/ from the current site settings and schemas; the published pages and the preview's data from the content. */
function renderAdminFiles(root: string): AdminFile[] {
  const contentDir = getContentDir();
  const input = readCmsInput(contentDir, root);
  const model = readContentModel(contentDir);
  const encode = (text: string) => new TextEncoder().encode(text);
  return [
    { path: 'index.html', contents: encode(renderAdminPage(input.site, ADMIN_SCRIPT)) },
    { path: 'config.yml', contents: encode(renderCmsConfig(buildCmsConfig(input))) },
    {
      path: PUBLISHED_PAGES_FILE,
      contents: encode(JSON.stringify(publishedPages(model, input.site.baseUrl))),
    },
    // What the preview pane draws charts, citations and names from (src/cms/preview/).
    { path: PREVIEW_DATA_FILE, contents: encode(JSON.stringify(buildPreviewData(model))) },
    { path: PREVIEW_COLOURS_FILE, contents: encode(buildPreviewColours(model)) },
  ];
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

function send(res: ServerResponse, file: AdminFile): void {
  res.setHeader('Content-Type', CONTENT_TYPES[path.extname(file.path)] ?? 'application/octet-stream');
  res.setHeader('Cache-Control', 'no-cache');
  res.end(file.contents);
}

/**
 * The CMS at /admin/: Sveltia CMS bundled from node_modules with a configuration generated from
 * the schemas (src/cms/). The build writes it into the output; the dev server serves it from
 * memory, with the configuration made again on every request so schema edits show at once.
 * Not an Astro page, so it stays out of the sitemap, the search index and the card gallery.
 */
export default function cms(): AstroIntegration {
  let root = process.cwd();
  let cacheFolder: string | undefined;
  return {
    name: 'oogst-cms',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        root = fileURLToPath(config.root);
        cacheFolder = fileURLToPath(new URL('oogst-cms/', config.cacheDir));
        if (command !== 'dev') return;
        let bundle: Promise<AdminFile[]> | undefined;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'oogst-cms-dev',
                configureServer(server) {
                  server.middlewares.use((req, res, next) => {
                    const url = new URL(req.url ?? '/', 'http://localhost');
                    if (url.pathname !== `/${ADMIN_FOLDER}` && !url.pathname.startsWith(`/${ADMIN_FOLDER}/`)) return next();
                    const wanted = url.pathname.slice(`/${ADMIN_FOLDER}/`.length) || 'index.html';
                    void (async () => {
                      // The page and the configuration are made again per request, so schema edits show at once; the bundle once.
                      const files = ['index.html', 'config.yml', PUBLISHED_PAGES_FILE, PREVIEW_DATA_FILE, PREVIEW_COLOURS_FILE].includes(
                        wanted,
                      )
                        ? renderAdminFiles(root)
                        : await (bundle ??= bundleAdmin());
                      const file = files.find((candidate) => candidate.path === wanted);
                      if (!file) {
                        res.statusCode = 404;
                        res.end();
                        return;
                      }
                      send(res, file);
                    })().catch(next);
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = path.join(fileURLToPath(dir), ADMIN_FOLDER);
        const files = [...renderAdminFiles(root), ...(await bundleAdmin(cacheFolder))];
        for (const file of files) {
          await mkdir(path.dirname(path.join(outDir, file.path)), { recursive: true });
          await writeFile(path.join(outDir, file.path), file.contents);
        }
        logger.info(`CMS in /${ADMIN_FOLDER}/: ${files.length} bestanden in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
