import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { version as esbuildVersion } from 'esbuild';

/** A file of the CMS, relative to /admin/. */
export interface AdminFile {
  path: string;
  contents: Uint8Array;
}

/** What esbuild made of the CMS, and every file it read (paths as esbuild names them, relative to the project). */
export interface BundleResult {
  files: AdminFile[];
  inputs: string[];
}

interface Manifest {
  key: string;
  /** SHA-256 of every input, by path. */
  inputs: Record<string, string>;
  files: string[];
}

/**
 * The bundling code itself and what its plugins read outside esbuild (the Dutch overlay): a change
 * to any of them (the offline plugin's rewrites, the slimming, the icon subset, a translated string)
 * makes a new bundle.
 */
const BUNDLER = [
  './admin-bundle.ts',
  './icon-font.ts',
  './icon-font-name.ts',
  './sveltia-fixes.ts',
  './admin/dutch-strings.ts',
  './admin/nl-overlay.json',
].map((file) => fileURLToPath(new URL(file, import.meta.url)));

async function hashFile(file: string): Promise<string | undefined> {
  try {
    return createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  } catch {
    return undefined;
  }
}

/** The bundler, esbuild and every installed package (a package can change which of its files an import resolves to). */
async function cacheKey(): Promise<string> {
  const bundler = await Promise.all(BUNDLER.map(hashFile));
  return `esbuild ${esbuildVersion}, ${bundler.join(', ')}, ${await hashFile(path.resolve('package-lock.json'))}`;
}

/** Whether every input still has the bytes it had when the bundle was made. */
async function unchanged(inputs: Record<string, string>): Promise<boolean> {
  for (const [file, hash] of Object.entries(inputs)) {
    if ((await hashFile(path.resolve(file))) !== hash) return false;
  }
  return Object.keys(inputs).length > 0;
}

/**
 * The CMS bundle from Astro's cache folder while none of the files esbuild read for it changed
 * (Sveltia, Oogst's editor components, the site's styles for the preview): bundling takes
 * seconds, in every build, for the same bytes. A changed input, esbuild version or bundler
 * makes it again. The folder is written whole and then renamed, so a stopped build leaves
 * no half bundle.
 */
export async function cachedBundle(folder: string, bundle: () => Promise<BundleResult>): Promise<AdminFile[]> {
  // Without a trailing slash: the new bundle is written next to the folder, not inside it.
  const cacheFolder = path.resolve(folder);
  const manifestFile = path.join(cacheFolder, 'manifest.json');
  const key = await cacheKey();
  try {
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest;
    if (manifest.key === key && (await unchanged(manifest.inputs))) {
      return Promise.all(
        manifest.files.map(async (file) => ({ path: file, contents: await readFile(path.join(cacheFolder, 'files', file)) })),
      );
    }
  } catch {
    // No bundle cached yet, or one from an older layout: make it.
  }
  const { files, inputs } = await bundle();
  const hashes: Record<string, string> = {};
  for (const input of inputs) {
    // Inputs of a plugin's namespace ("ns:path") are not files; the files they come from are inputs too.
    const hash = await hashFile(path.resolve(input));
    if (hash !== undefined) hashes[input] = hash;
  }
  const next = `${cacheFolder}.next-${process.pid}`;
  try {
    await rm(next, { recursive: true, force: true });
    for (const file of files) {
      await mkdir(path.dirname(path.join(next, 'files', file.path)), { recursive: true });
      await writeFile(path.join(next, 'files', file.path), file.contents);
    }
    const manifest: Manifest = { key, inputs: hashes, files: files.map((file) => file.path) };
    await writeFile(path.join(next, 'manifest.json'), JSON.stringify(manifest));
    await rm(cacheFolder, { recursive: true, force: true });
    await rename(next, cacheFolder);
  } catch {
    // Another build stored its bundle at the same moment: this build's files are right all the same.
    await rm(next, { recursive: true, force: true });
  }
  return files;
}
