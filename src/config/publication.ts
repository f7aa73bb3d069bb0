/**
 * Whether a build is the published site or a preview of a proposed change. Decided once, by
 * resolveBuildSettings (src/config/build-context.ts), from how the build was started; every other
 * module reads `preview` from the build context.
 */

/** What asked for a preview build. */
export type PreviewSource = 'mode' | 'netlify' | 'cloudflare';

/** The Astro mode of `npm run build:preview` (`astro build --mode preview`). */
export const PREVIEW_MODE = 'preview';

/** Netlify's CONTEXT values of builds that are not the production site. */
const NETLIFY_PREVIEW_CONTEXTS = new Set(['deploy-preview', 'branch-deploy']);

/** The value of `--mode` on Astro's command line (`--mode preview` or `--mode=preview`). */
export function modeOf(argv: readonly string[]): string | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg === '--mode') return argv[index + 1];
    if (arg.startsWith('--mode=')) return arg.slice('--mode='.length);
  }
  return undefined;
}

/**
 * The preview's source, or undefined for the published site: `astro build --mode preview`; a
 * Netlify deploy preview or branch deploy (CONTEXT); a Cloudflare Pages build of any branch but the
 * production branch (CF_PAGES_BRANCH against site.yaml's `cms.branch`, `main` when unset).
 */
export function resolvePreview(argv: readonly string[], env: NodeJS.ProcessEnv, productionBranch = 'main'): PreviewSource | undefined {
  if (modeOf(argv) === PREVIEW_MODE) return 'mode';
  if (env.NETLIFY === 'true' && NETLIFY_PREVIEW_CONTEXTS.has(env.CONTEXT ?? '')) return 'netlify';
  if (env.CF_PAGES === '1' && env.CF_PAGES_BRANCH && env.CF_PAGES_BRANCH !== productionBranch) return 'cloudflare';
  return undefined;
}
