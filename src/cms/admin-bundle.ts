import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { dutchStrings } from './admin/dutch-strings.ts';
import { cachedBundle, type AdminFile, type BundleResult } from './admin-bundle-cache.ts';
import { ICON_FONT, subsetIconFont } from './icon-font.ts';
import { fixSveltia } from './sveltia-fixes.ts';

export type { AdminFile };

const here = path.dirname(fileURLToPath(import.meta.url));

/** The script /admin/index.html loads. */
export const ADMIN_SCRIPT = 'cms.js';

/**
 * Status pages Sveltia polls to warn of a GitHub or GitLab outage. The CMS must not call out on
 * its own (the policy would block it with a console error), so the check reads an empty answer,
 * which Sveltia treats as "unknown" and shows nothing.
 */
const STATUS_PAGES = /https:\/\/(?:www\.githubstatus\.com\/api\/v2\/status\.json|status-api\.hostedstatus\.com\/1\.0\/status\/[0-9a-f]+)/g;

/** Fontsource's CDN, which a stylesheet inside Sveltia's package still names for its interface fonts. */
const FONT_CDN = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/**
 * Keeps the CMS on the site: points Sveltia's font URLs at the same fonts inside its package
 * (`assets/`, next to the script), so it never asks a CDN, and turns off its outage check. A
 * font without a local copy stops the build.
 */
function offline(assets: readonly string[]): Plugin {
  return {
    name: 'oogst-cms-offline',
    setup(build) {
      build.onLoad({ filter: /@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const contents = source
          .replace(FONT_CDN, (url, family: string, face: string) => {
            const local = assets.find((name) => name.startsWith(`${family}-${face}-`) && name.endsWith('.woff2'));
            if (!local) throw new Error(`Sveltia CMS laadt een lettertype van een CDN zonder lokale kopie: ${url}`);
            return `assets/${local}`;
          })
          .replace(STATUS_PAGES, 'data:application/json,{}');
        return { contents: fixSveltia(slimSource(contents)), loader: 'js' };
      });
      // The Dutch strings with the project's overlay for those Sveltia's Dutch lacks.
      build.onLoad({ filter: /@sveltia[\\/]cms[\\/]locales[\\/]nl\.json$/ }, async (args) => ({
        contents: JSON.stringify(dutchStrings(JSON.parse(await readFile(args.path, 'utf8')))),
        loader: 'json',
      }));
    },
  };
}

/** Code-highlighting grammars the CMS keeps: the body's own Markdown and the formats of the content folder. */
const KEPT_GRAMMARS = new Set(['markdown', 'yaml']);
/** Interface languages the CMS keeps: Dutch, and English, which Sveltia falls back to. */
const KEPT_LOCALES = new Set(['nl', 'en-US']);
/**
 * Parts of Sveltia the editors' forms never reach, each replaced by a small stand-in: the map
 * field (Leaflet, Terra Draw), the SVG optimiser (an uploaded SVG is kept as it is, and the check
 * holds it to the SVG policy), HEIC conversion and WebP encoding (not configured). They were
 * three quarters of /admin/.
 */
const STAND_INS: [RegExp, string][] = [
  [/^svgo\/browser$/, 'export const optimize = (svg) => ({ data: svg });'],
  [/^(leaflet\/dist\/leaflet-src\.esm\.js|terra-draw|terra-draw-leaflet-adapter)$/, 'export default {};'],
  [
    /^\.\/chunks\/(heic|webp_enc|webp_enc_simd)-[\w-]+\.js$/,
    'export default () => Promise.reject(new Error("niet beschikbaar in dit CMS"));',
  ],
];
/** Assets of Sveltia's package that only those parts load. */
const DROPPED_ASSETS = /^(heic|webp_enc|marker-icon)/;

/**
 * Leaves out what the Dutch story editor does not use (see KEPT_GRAMMARS, KEPT_LOCALES): their
 * dynamic imports in Sveltia's script become empty answers, so they make no files at all.
 */
export function slimSource(source: string): string {
  const grammar = /import\(`@shikijs\/langs\/([\w.+-]+)`\)/g;
  const locale = /import\(`\.\.\/locales\/([\w-]+)\.json`\)/g;
  let grammars = 0;
  let locales = 0;
  const slimmed = source
    .replace(grammar, (call, language: string) => (KEPT_GRAMMARS.has(language) ? call : (grammars++, 'Promise.resolve({default:[]})')))
    .replace(locale, (call, code: string) => (KEPT_LOCALES.has(code) ? call : (locales++, 'Promise.resolve({default:{}})')));
  // A new Sveltia that loads these differently would silently keep them all: stop the build instead.
  if (grammars < 100 || locales < 20)
    throw new Error(
      `Sveltia CMS laadt grammatica's of talen anders dan verwacht (${grammars}, ${locales}); pas src/cms/admin-bundle.ts aan`,
    );
  return slimmed;
}

/** Replaces the parts of Sveltia the forms never reach by their stand-ins (STAND_INS). */
function slim(): Plugin {
  return {
    name: 'oogst-cms-slim',
    setup(build) {
      for (const [filter, contents] of STAND_INS) {
        build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'oogst-stand-in' }));
        build.onLoad({ filter, namespace: 'oogst-stand-in' }, () => ({ contents, loader: 'js' }));
      }
    },
  };
}

/**
 * Bundles Sveltia CMS from the npm package with Oogst's editor components and the site's styles
 * for the preview (esbuild, no network: every import resolves in node_modules). Sveltia's own
 * fonts, worker and WebAssembly are files it loads next to its script (`assets/`), so they are
 * copied as they are.
 */
export async function bundleAdmin(cacheFolder?: string): Promise<AdminFile[]> {
  const sveltiaAssets = path.join(path.dirname(fileURLToPath(import.meta.resolve('@sveltia/cms'))), 'assets');
  const assetNames = (await readdir(sveltiaAssets)).filter((name) => !name.endsWith('.map') && !DROPPED_ASSETS.test(name));
  const make = () => bundleScripts(sveltiaAssets, assetNames);
  const files = cacheFolder ? await cachedBundle(cacheFolder, make) : (await make()).files;
  // The icon font comes out of the bundle, cut down to the icons its code names.
  for (const name of assetNames.filter((name) => !ICON_FONT.test(name))) {
    files.push({ path: `assets/${name}`, contents: await readFile(path.join(sveltiaAssets, name)) });
  }
  return files;
}

/**
 * The scripts and styles esbuild makes, with every file it read (relative to the project), and
 * Sveltia's icon font with only the icons those scripts name (src/cms/icon-font.ts).
 */
async function bundleScripts(sveltiaAssets: string, assetNames: string[]): Promise<BundleResult> {
  const outdir = path.join(here, '.admin-out');
  const result = await build({
    plugins: [offline(assetNames), slim()],
    entryPoints: { cms: path.join(here, 'admin/cms-entry.ts'), preview: path.join(here, 'admin/preview.css') },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    outdir,
    write: false,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    loader: { '.woff2': 'file', '.woff': 'file', '.wasm': 'file', '.png': 'file', '.svg': 'file' },
    minify: true,
    legalComments: 'linked',
    logLevel: 'silent',
    metafile: true,
    // Paths as linked and relative to the project, whichever folder the build runs in: the
    // bundle's chunk names hash them (the tests build in views of the project made of links,
    // tests/support/project-view.ts; a checkout has none, so nothing changes there).
    absWorkingDir: path.resolve(here, '../..'),
    preserveSymlinks: true,
  });
  const files: AdminFile[] = result.outputFiles.map((file) => ({
    path: path.relative(outdir, file.path).split(path.sep).join('/'),
    contents: file.contents,
  }));
  const code = result.outputFiles.filter((file) => file.path.endsWith('.js')).map((file) => file.text);
  for (const name of assetNames.filter((name) => ICON_FONT.test(name))) {
    const { font } = await subsetIconFont(await readFile(path.join(sveltiaAssets, name)), code);
    files.push({ path: `assets/${name}`, contents: font });
  }
  return { files, inputs: Object.keys(result.metafile.inputs) };
}
