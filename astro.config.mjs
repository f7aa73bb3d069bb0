// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { toSitePath } from './src/data/routes.ts';
import { isEmbedPath } from './src/embed/embed-folder.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/markdown/base-links.ts';
import { checkModel } from './src/check/check-content.ts';
import { checkInputs } from './src/check/check-inputs.ts';
import { checkImageProcessing } from './src/content-rules/image-processing.ts';
import { shownPath } from './src/messages/shown-path.ts';
import { resolveBuildSettings } from './src/config/build-context.ts';
import { contentModelSource } from './src/model/model-source.ts';
import { siteSettingsOf } from './src/model/content-model.ts';
import { formatCheckProblem } from './src/model/problems.ts';
import { draftRoutes } from './src/preview/draft-routes.ts';
import { buildContextIntegration } from './src/integrations/build-context.ts';
import { contentModelIntegration } from './src/integrations/content-model.ts';
import { filledCollectionsIntegration } from './src/integrations/filled-collections.ts';
import { cardsIntegration } from './src/integrations/cards.ts';
import cms from './src/integrations/cms.ts';
import contentGate from './src/integrations/content-gate.ts';
import { withDutchErrors } from './src/integrations/dutch-errors.ts';
import oogstPagefind from './src/integrations/pagefind.ts';
import productPdf from './src/integrations/product-pdf.ts';
import publishedImages from './src/integrations/published-images.ts';
import safeContent from './src/integrations/safe-content.ts';
import security from './src/integrations/security.ts';
import { stableAssetsModule } from './src/integrations/stable-assets-module.ts';
import { siteArchive } from './src/integrations/archive.ts';

// Content folder, cache folder and build date, resolved once per build; integrations get them as
// arguments, the site's modules as virtual:oogst/build-context (src/integrations/build-context.ts).
// Astro keeps this module between builds in one process (the tests build in-process), so the
// first integration resolves them again when a build starts, in this same object.
const settings = resolveBuildSettings();
// The content folder is read once per build, when the content gate, the collections or the cards first need it.
const model = contentModelSource(() => settings.contentDir);
const contentModel = model.get;
// A site published under a path (https://example.nl/dialoog) lives at that base path (site.yaml's
// baseUrl, resolved with the other settings); every link comes from src/data/urls.ts, which gets it
// from the build context.
const { siteUrl, basePath } = settings;
// The web archive records the headers security() writes, so it receives them from there.
const archive = siteArchive(settings, () => siteSettingsOf(contentModel()));

export default defineConfig({
  // Canonical URLs, the sitemap and share cards need the public address; it comes from content/site.yaml.
  site: siteUrl,
  ...(basePath ? { base: `${basePath}/` } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A second file for the same page (two stories whose names differ only in case) is an error, not a silently lost page.
  prerenderConflictBehavior: 'error',
  integrations: [
    // The same check as `npm run check`, first: bad content stops here with Dutch messages.
    // Unchanged content and code since the last build without errors: its verdict, from the cache.
    {
      name: 'oogst-build-settings',
      hooks: { 'astro:config:setup': () => void (model.forget(), Object.assign(settings, resolveBuildSettings())) },
    },
    buildContextIntegration(settings),
    // The collections load from the same model (src/content.config.ts); the schemas ran once, in the model.
    contentModelIntegration(model, () => settings.contentDir),
    // Which collections have entries: the harvest does not ask Astro for an empty one (Astro would warn).
    filledCollectionsIntegration(contentModel),
    // Pages with images keep their incremental cache when the output folder changes (an Astro bug).
    stableAssetsModule(),
    contentGate({
      contentDir: () => settings.contentDir,
      check: () => checkModel(contentModel(), settings),
      preflight: () => checkImageProcessing(settings.contentDir, contentModel().entries, shownPath),
      format: formatCheckProblem,
      inputs: () => checkInputs(settings),
    }),
    safeContent(settings),
    mdx(),
    // The embed pages are for other sites' frames (noindex), not for search engines; a preview
    // build's drafts are for the editors (src/preview/), and the published build has none.
    sitemap({
      filter: (page) => {
        const sitePath = toSitePath(new URL(page).pathname, basePath);
        return !isEmbedPath(sitePath) && !(settings.preview && draftRoutes(contentModel()).has(sitePath));
      },
    }),
    // The final product as a PDF/UA-1 document; its route finds its cache folder in the build context.
    productPdf(settings),
    // Cards render from the built pages' manifest, then the search index is written;
    // security() reads the finished pages, so it stays last.
    cardsIntegration({ settings, model: contentModel }),
    oogstPagefind(settings),
    // The CMS at /admin/ has its own policy; security() reads it from the page cms() wrote.
    cms(contentModel),
    // Only images something names are published, without metadata (originals, drafts' images).
    publishedImages(),
    security(settings, { site: () => siteSettingsOf(contentModel()), onHeaderPlan: archive.receiveHeaderPlan }),
    // Last: the archive holds every file the integrations before it wrote.
    archive.integration,
    // Whatever a step throws reaches the editor in Dutch, with the content file where the error names one.
  ].map((integration) => withDutchErrors(integration, () => settings.contentDir)),
  // Astro's sharp service, but an image it cannot resize stops the build with a Dutch message that
  // names the text using it, instead of a warning and the original published unprocessed.
  image: { service: { entrypoint: './src/images/strict-image-service.ts' } },
  // Nothing is fetched at run time and nothing phones home.
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    // Module paths as linked, not resolved: the tests build in views of the project made of links
    // (tests/support/project-view.ts), and Astro must see every module inside the view's root.
    // A checkout has no links of its own, so this changes nothing for a normal build.
    resolve: { preserveSymlinks: true },
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro marks every MDX module with the directive "use astro:head-inject" and reads it
          // itself before bundling; the bundler's notice that it drops the directive is harmless
          // and would repeat once per content file, burying warnings that matter.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  // Shiki colours code with inline styles, which the CSP forbids; content has no code to colour.
  // Content links written from the site's root (/verhalen/x/) get the base path at render time.
  // MDX takes the same processor.
  markdown: { syntaxHighlight: false, ...(basePath ? { processor: satteri({ hastPlugins: [baseLinksPlugin(basePath)] }) } : {}) },
  // A separate cache lets scripts/reproducible.ts make two really clean builds.
  cacheDir: settings.cacheDir,
  // Pages whose data (the cache key from src/incremental/) and code did not change are copied from
  // the cache folder's dist/ instead of rendered; INCREMENTAL_BUILD in src/config/build-context.ts turns it off.
  experimental: { incrementalBuild: settings.incrementalBuild },
  security: {
    // Astro hashes every script and style it emits into a <meta> CSP; src/integrations/security.ts
    // adds hashes of style attributes and writes the same policy as HTTP headers.
    csp: {
      directives: ["default-src 'self'", "base-uri 'self'", "form-action 'self'", "object-src 'none'", "img-src 'self' data:"],
      // 'wasm-unsafe-eval' lets Pagefind's WebAssembly search run; it does not allow eval() of scripts.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
