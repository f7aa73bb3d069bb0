import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { cachedBundle, type BundleResult } from './admin-bundle-cache.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/** A file of the CMS, relative to /admin/. */
export interface AdminFile {
  path: string;
  contents: Uint8Array;
}

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
        return { contents, loader: 'js' };
      });
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
  const assetNames = (await readdir(sveltiaAssets)).filter((name) => !name.endsWith('.map'));
  const files = cacheFolder ? await cachedBundle(cacheFolder, () => bundleScripts(assetNames)) : (await bundleScripts(assetNames)).files;
  for (const name of assetNames) {
    files.push({ path: `assets/${name}`, contents: await readFile(path.join(sveltiaAssets, name)) });
  }
  return files;
}

/** The scripts and styles esbuild makes, with every file it read (relative to the project). */
async function bundleScripts(assetNames: string[]): Promise<BundleResult> {
  const outdir = path.join(here, '.admin-out');
  const result = await build({
    plugins: [offline(assetNames)],
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
    legalComments: 'linked',
    logLevel: 'silent',
    metafile: true,
  });
  return {
    files: result.outputFiles.map((file) => ({
      path: path.relative(outdir, file.path).split(path.sep).join('/'),
      contents: file.contents,
    })),
    inputs: Object.keys(result.metafile.inputs),
  };
}
