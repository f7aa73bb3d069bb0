/** Variables vitest adds to process.env (Vite's import.meta.env values); a person running a command does not have them. */
const VITEST_KEYS = /^(VITEST.*|NODE_ENV|MODE|DEV|PROD|SSR|TEST|SITE|BASE_URL|ASSETS_PREFIX)$/;

/**
 * The environment a command the tests start (`astro build`, `astro check`, `astro dev`) gets: this
 * process's, without what vitest added, and with `extra`. With vitest's `DEV` or `NODE_ENV=test`
 * a test build would not be the build people make (Astro marks images as in development, say).
 */
export function commandEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_KEYS.test(key))), ...extra };
}
