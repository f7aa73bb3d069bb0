import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { resolveBuildDate, type BuildDate } from './build-date.ts';
import { getContentDir } from './content-dir.ts';
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
  /** The content folder: `content/`, or OOGST_CONTENT_DIR (src/config/content-dir.ts). */
  contentDir: string;
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

/** The closing date of site.yaml, if it can be read: the build date when neither SOURCE_DATE_EPOCH nor git gives one. */
function readClosedOn(contentDir: string): Date | undefined {
  const closedOn = readSiteYaml(contentDir)?.['closedOn'];
  return closedOn instanceof Date ? closedOn : undefined;
}

/** The branch the site is published from (site.yaml `cms.branch`), if it can be read. */
function readProductionBranch(contentDir: string): string | undefined {
  const cms = readSiteYaml(contentDir)?.['cms'] as { branch?: unknown } | undefined;
  return typeof cms?.branch === 'string' ? cms.branch : undefined;
}

function readSiteYaml(contentDir: string): Record<string, unknown> | undefined {
  try {
    const site = yaml.load(readFileSync(path.join(contentDir, 'site.yaml'), 'utf8'));
    return site && typeof site === 'object' ? (site as Record<string, unknown>) : undefined;
  } catch {
    // The content check reports an unreadable site.yaml with its line.
    return undefined;
  }
}

/**
 * The build date of a content folder: SOURCE_DATE_EPOCH, else the last commit, else the
 * dialogue's closing date (the newest date the settings know), else 2000-01-01.
 */
export function resolveContentBuildDate(env: NodeJS.ProcessEnv, contentDir: string): BuildDate {
  return resolveBuildDate(env, readClosedOn(contentDir) ?? new Date(Date.UTC(2000, 0, 1)));
}

/** Resolves every build setting once, from the environment the command was started with. */
export function resolveBuildSettings(
  env: NodeJS.ProcessEnv = process.env,
  root = process.cwd(),
  argv: readonly string[] = process.argv,
): BuildSettings {
  const contentDir = getContentDir();
  const cacheDir = path.resolve(root, env.OOGST_CACHE_DIR ?? 'node_modules/.astro');
  const { date, source } = resolveContentBuildDate(env, contentDir);
  const previewSource = resolvePreview(argv, env, readProductionBranch(contentDir));
  return {
    root,
    contentDir,
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
