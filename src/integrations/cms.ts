import { mkdir, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ADMIN_SCRIPT, bundleAdmin, type AdminFile } from '../cms/admin-bundle.ts';
import { ADMIN_FOLDER } from '../cms/admin-folder.ts';
import { renderAdminPage } from '../cms/admin-page.ts';
import { buildCmsConfig, renderCmsConfig } from '../cms/cms-config.ts';
import { FIELD_LABELS_FILE, fieldLabelsOf } from '../cms/field-labels.ts';
import { publishedPages } from '../cms/published-pages.ts';
import { PUBLISHED_PAGES_FILE } from '../cms/published-pages-file.ts';
import { buildPreviewColours, buildPreviewData } from '../cms/preview/preview-data.ts';
import { PREVIEW_COLOURS_FILE, PREVIEW_DATA_FILE } from '../cms/preview/preview-data-file.ts';
import { cmsInput } from '../cms/read-cms-input.ts';
import { siteSettingsOf, type ContentModel } from '../model/content-model.ts';

/**
 * index.html and config.yml of /admin/ from the site settings and schemas; the published pages and
 * the preview's data from the content. All from the build's one content model, not a reading of their own.
 */
function renderAdminFiles(model: ContentModel, root: string): AdminFile[] {
  const input = cmsInput(siteSettingsOf(model), model.contentDir, root);
  const encode = (text: string) => new TextEncoder().encode(text);
  const config = buildCmsConfig(input);
  return [
    { path: 'index.html', contents: encode(renderAdminPage(input.site, ADMIN_SCRIPT)) },
    { path: 'config.yml', contents: encode(renderCmsConfig(config)) },
    // The form's labels, which a refused save names fields by (src/cms/body-guard.ts).
    { path: FIELD_LABELS_FILE, contents: encode(JSON.stringify(fieldLabelsOf(config))) },
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
export default function cms(model: () => ContentModel): AstroIntegration {
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
                      const files = [
                        'index.html',
                        'config.yml',
                        FIELD_LABELS_FILE,
                        PUBLISHED_PAGES_FILE,
                        PREVIEW_DATA_FILE,
                        PREVIEW_COLOURS_FILE,
                      ].includes(wanted)
                        ? renderAdminFiles(model(), root)
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
        const files = [...renderAdminFiles(model(), root), ...(await bundleAdmin(cacheFolder))];
        for (const file of files) {
          await mkdir(path.dirname(path.join(outDir, file.path)), { recursive: true });
          await writeFile(path.join(outDir, file.path), file.contents);
        }
        logger.info(`CMS in /${ADMIN_FOLDER}/: ${files.length} bestanden in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
