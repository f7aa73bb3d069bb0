import { readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sourceOfPage } from '../content-rules/page-source.ts';
import { basePathOf, EMBED_FOLDER } from '../data/routes.ts';
import { EMBED_FRAME_ANCESTORS, EMBED_HEADERS, isEmbedFile } from '../embed/embed-folder.ts';
import type { BuildSettings } from '../config/build-context.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { listBuiltHtml } from './built-html.ts';
import { mapConcurrent } from './map-concurrent.ts';
import { completePagePolicy, parsePolicy, readMetaPolicy, serialisePolicy, writeMetaPolicy } from './security/csp.ts';
import { ADMIN_FOLDER, isAdminFile } from '../cms/admin-folder.ts';
import { ADMIN_HEADERS } from '../cms/admin-page.ts';
import {
  commonestPolicy,
  headerPolicy,
  renderHeadersFile,
  renderNginxConf,
  type FolderPolicy,
  type HeaderPlan,
  type PagePolicy,
} from './security/headers.ts';
import { renderSecurityTxt } from './security/security-txt.ts';
import { addNoindexToHeadersFile, addNoindexToNginxConf } from '../preview/noindex-headers.ts';

/** Name of the nginx snippet written next to `_headers`. */
export const NGINX_FILE = 'nginx-security.conf';

/**
 * An empty file that tells GitHub Pages, when it publishes from a branch, not to run the site
 * through Jekyll, which would drop `_astro/` and `.well-known/` (names starting with `_` or `.`).
 */
export const NO_JEKYLL_FILE = '.nojekyll';

/**
 * After the build, reads the CSP Astro put in every page, completes it with hashes of the page's
 * `style` attributes, and writes the same policies as HTTP headers (`_headers`, an nginx snippet)
 * with the other security headers, plus `/.well-known/security.txt` and `.nojekyll` for GitHub Pages. Everything comes from the
 * built files, so the hashes always match. A page without a policy, or with inline code the policy
 * does not allow, stops the build. `onHeaderPlan` receives what the headers were written from (the
 * web archive records the same headers per path).
 */
export default function security(
  settings: Pick<BuildSettings, 'contentDir' | 'buildDate' | 'buildDateSource' | 'preview'>,
  options: { site: () => SiteSettings | undefined; onHeaderPlan?: (plan: HeaderPlan) => void },
): AstroIntegration {
  let basePath = '';
  return {
    name: 'oogst-security',
    hooks: {
      // The base path of Astro's config (from site.yaml's baseUrl): header rules match URL paths.
      'astro:config:done': ({ config }) => void (basePath = basePathOf(config.base)),
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The CMS's page has its own policy (src/cms/admin-page.ts), so the public pages' rules do not apply to it.
        const built = listBuiltHtml(outDir);
        const cmsPages = built.filter(isAdminFile);
        const files = built.filter((file) => !isAdminFile(file));
        const problems: string[] = [];
        // Several files at a time: the hook mostly waits on the disk, and a large harvest has thousands of pages.
        const checked = await mapConcurrent(files, 16, async (file) => {
          const full = path.join(outDir, file);
          const html = await readFile(full, 'utf8');
          const meta = readMetaPolicy(html);
          if (meta === undefined)
            return { file, policy: undefined, problems: [`${file}: geen Content-Security-Policy; laat de pagina BaseLayout gebruiken`] };
          const result = completePagePolicy(meta, html);
          const policy = serialisePolicy(result.policy);
          if (policy !== serialisePolicy(parsePolicy(meta))) await writeFile(full, writeMetaPolicy(html, policy));
          // Name the content file the page was made from, when one entry made it.
          const source = result.problems.length > 0 ? sourceOfPage(file, settings.contentDir) : undefined;
          const where = source ? `${source} (pagina ${file})` : file;
          return { file, policy: result.policy, problems: result.problems.map((problem) => `${where}: ${problem}`) };
        });
        const pages: PagePolicy[] = [];
        for (const page of checked) {
          problems.push(...page.problems);
          if (!page.policy) continue;
          // Embed pages are the only ones other sites may frame.
          pages.push({ file: page.file, csp: headerPolicy(page.policy, isEmbedFile(page.file) ? EMBED_FRAME_ANCESTORS : undefined) });
        }
        if (problems.length > 0) {
          // The message names every page and what is wrong; a stack trace of this hook would only bury it.
          throw Object.assign(
            new Error(
              `De beveiligingsregels (CSP) passen niet bij ${problems.length} plek(ken):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
            ),
            { stack: '' },
          );
        }
        const folders: FolderPolicy[] = [];
        for (const file of cmsPages) {
          const meta = readMetaPolicy(await readFile(path.join(outDir, file), 'utf8'));
          if (meta === undefined) throw new Error(`${file}: het CMS heeft geen eigen Content-Security-Policy`);
          const csp = headerPolicy(parsePolicy(meta));
          pages.push({ file, csp });
          if (!folders.some((folder) => folder.csp === csp)) folders.push({ folder: ADMIN_FOLDER, csp, headers: ADMIN_HEADERS });
        }
        if (folders.length > 1) throw new Error(`de pagina's in /${ADMIN_FOLDER}/ hebben verschillende beveiligingsregels (CSP)`);
        // The embed pages share one policy (the same inline style and script), so one rule for their folder.
        const embedPolicies = new Set(pages.filter((page) => isEmbedFile(page.file)).map((page) => page.csp));
        if (embedPolicies.size > 1) throw new Error(`de pagina's in /${EMBED_FOLDER}/ hebben verschillende beveiligingsregels (CSP)`);
        for (const csp of embedPolicies) folders.push({ folder: EMBED_FOLDER, csp, headers: EMBED_HEADERS });
        const topLevel = readdirSync(outDir, { withFileTypes: true }).map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
        // A preview build says noindex on every response too, not only in its pages (src/preview/).
        const headersFile = renderHeadersFile(pages, folders, topLevel, basePath);
        const nginxConf = renderNginxConf(pages, commonestPolicy(pages), folders, basePath);
        await writeFile(path.join(outDir, '_headers'), settings.preview ? addNoindexToHeadersFile(headersFile) : headersFile);
        await writeFile(path.join(outDir, NGINX_FILE), settings.preview ? addNoindexToNginxConf(nginxConf) : nginxConf);
        options.onHeaderPlan?.({ pages, folders, topLevel });
        const securityTxt = buildSecurityTxt(settings, options.site());
        await mkdir(path.join(outDir, '.well-known'), { recursive: true });
        await writeFile(path.join(outDir, '.well-known/security.txt'), securityTxt.text);
        await writeFile(path.join(outDir, NO_JEKYLL_FILE), '');
        if (securityTxt.source === 'fallback')
          logger.warn(
            'geen SOURCE_DATE_EPOCH en geen git: security.txt is gedateerd op de sluitingsdatum van de dialoog en kan al verlopen zijn; zet SOURCE_DATE_EPOCH bij het bouwen',
          );
        logger.info(
          `CSP-headers voor ${pages.length} pagina's in _headers en ${NGINX_FILE}; security.txt verloopt ${securityTxt.expires} (datum uit ${securityTxt.source})`,
        );
      },
    },
  };
}

/** security.txt from site.yaml as the content model read it (the content gate checked it), dated by the build date of the build context. */
function buildSecurityTxt(
  settings: Pick<BuildSettings, 'buildDate' | 'buildDateSource'>,
  site: SiteSettings | undefined,
): { text: string; expires: string; source: string } {
  if (!site) throw new Error('security.txt: site.yaml is niet gelezen of niet geldig; npm run check zegt waarom');
  const email = site.contact.securityEmail ?? site.contact.email;
  const text = renderSecurityTxt({ baseUrl: site.baseUrl, email, buildDate: settings.buildDate });
  return { text, expires: /Expires: (\S+)/.exec(text)?.[1] ?? '', source: settings.buildDateSource };
}
