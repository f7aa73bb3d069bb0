import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { basePathOf } from './base-path.ts';
import { resolveBuildDate, type BuildDate } from './build-date.ts';
import { resolvePreview, type PreviewSource } from './publication.ts';

/**
 * What a build is: resolved once by astro.config.mjs (resolveBuildSettings) before anything runs,
 * handed to the integrations as an argument and to the site's modules as the virtual module
 * `virtual:oogst/build-context` (src/integrations/build-context.ts). No module reads an
 * environment variable, a global or the clock for any of these.
 */
export interface BuildSettings {
  /** The project folder (where astro.config.mjs is). */
  root: string;
  /** The content folder: `content/`, or OOGST_CONTENT_DIR to build another dialogue from the same code. */
  contentDir: string;
  /** The public address of the site, site.yaml's `baseUrl` without a slash at the end (a local address when it has none). */
  siteUrl: string;
  /** The path of that address the site lives under: "" at a domain's root, "/dialoog" for https://example.nl/dialoog. */
  basePath: string;
  /** Astro's cache folder: `node_modules/.astro`, or OOGST_CACHE_DIR (scripts/reproducible.ts builds twice in clean ones). */
  cacheDir: string;
  /** Drawn share cards and card layouts, inside the cache folder. */
  cardCacheDir: string;
  /** The final product's PDF, inside the cache folder. */
  pdfCacheDir: string;
  /** The date the build stands for (SOURCE_DATE_EPOCH, else the last commit; never the clock): archive mode and security.txt follow it. */
  buildDate: Date;
  buildDateSource: BuildDate['source'];
  /** OOGST_SKIP_CARDS=1: a build without share cards, for measuring the rest; not for publishing. */
  skipCards: boolean;
  /** Whether a build reuses the pages of the previous one whose data and code did not change (INCREMENTAL_BUILD). */
  incrementalBuild: boolean;
  /**
   * A preview build (src/config/publication.ts): drafts shown and marked "Concept", every page
   * `noindex`, drafts kept out of the sitemap, search and feeds. The published build never holds a draft.
   */
  preview: boolean;
  /** What asked for the preview: `npm run build:preview`, a Netlify deploy preview or a Cloudflare Pages preview branch. */
  previewSource: PreviewSource | undefined;
}

/**
 * Astro's experimental incremental build: a page whose cache key (src/incremental/, from the
 * page registry) and module graph are unchanged is copied from the cache folder instead of
 * rendered. Set to false to render every page in every build; `npm run build -- --force` does that
 * once and refreshes the cache.
 */
export const INCREMENTAL_BUILD = true;

/** The settings plus what the command decides: `astro dev` and preview builds show drafts, `astro build` publishes cards. */
export interface BuildContext extends BuildSettings {
  command: 'dev' | 'build' | 'preview' | 'sync';
  showDrafts: boolean;
  /** The card route plans nothing itself in a build: the cards integration publishes the cards. */
  cardBuild: boolean;
}

/** What a build needs of site.yaml before the content model is read: the address, the closing date and the branch it is published from. */
interface SiteFacts {
  baseUrl?: string | undefined;
  closedOn?: Date | undefined;
  /** site.yaml `cms.branch`: a Cloudflare Pages build of another branch is a preview. */
  productionBranch?: string | undefined;
}

/** The address of a site without a usable `baseUrl`: the dev server's (the content check reports why). */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** Address and closing date of site.yaml, as far as they can be read; the content check reports the rest with lines. */
function readSiteFacts(contentDir: string): SiteFacts {
  try {
    const site = yaml.load(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')) as Record<string, unknown> | undefined;
    const cms = site?.['cms'] as { branch?: unknown } | undefined;
    return {
      baseUrl:
        typeof site?.['baseUrl'] === 'string' && /^https?:\/\//.test(site['baseUrl']) ? site['baseUrl'].replace(/\/+$/, '') : undefined,
      closedOn: site?.['closedOn'] instanceof Date ? site['closedOn'] : undefined,
      productionBranch: typeof cms?.branch === 'string' ? cms.branch : undefined,
    };
  } catch {
    return {};
  }
}

/**
 * The build date of a content folder: SOURCE_DATE_EPOCH, else the last commit, else the
 * dialogue's closing date (the newest date the settings know), else 2000-01-01.
 */
export function resolveContentBuildDate(env: NodeJS.ProcessEnv, contentDir: string): BuildDate {
  return resolveBuildDate(env, readSiteFacts(contentDir).closedOn ?? new Date(Date.UTC(2000, 0, 1)));
}

/** The content folder a command works on: `content/`, or OOGST_CONTENT_DIR. */
export function resolveContentDir(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string {
  return path.resolve(root, env.OOGST_CONTENT_DIR ?? 'content');
}

/** Resolves every build setting once, from the environment the command was started with. */
export function resolveBuildSettings(
  env: NodeJS.ProcessEnv = process.env,
  root = process.cwd(),
  argv: readonly string[] = process.argv,
): BuildSettings {
  const contentDir = resolveContentDir(env, root);
  const cacheDir = path.resolve(root, env.OOGST_CACHE_DIR ?? 'node_modules/.astro');
  const site = readSiteFacts(contentDir);
  const { date, source } = resolveBuildDate(env, site.closedOn ?? new Date(Date.UTC(2000, 0, 1)));
  const siteUrl = site.baseUrl ?? LOCAL_SITE_URL;
  const previewSource = resolvePreview(argv, env, site.productionBranch);
  return {
    root,
    contentDir,
    siteUrl,
    basePath: basePathOf(siteUrl),
    cacheDir,
    cardCacheDir: path.join(cacheDir, 'oogst-cards'),
    pdfCacheDir: path.join(cacheDir, 'oogst-pdf'),
    buildDate: date,
    buildDateSource: source,
    skipCards: env.OOGST_SKIP_CARDS === '1',
    incrementalBuild: INCREMENTAL_BUILD,
    preview: previewSource !== undefined,
    previewSource,
  };
}

/** The context of one command. */
export function contextFor(settings: BuildSettings, command: BuildContext['command']): BuildContext {
  return { ...settings, command, showDrafts: command === 'dev' || settings.preview, cardBuild: command === 'build' };
}
