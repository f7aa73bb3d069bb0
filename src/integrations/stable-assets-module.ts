import type { AstroIntegration } from 'astro';

/** Astro's resolved id of the `astro:assets` module. */
const ASSETS_MODULE = '\u0000astro:assets';
const OUTPUT_URL = /export const (outDir|serverDir) = \/\* #__PURE__ \*\/ new URL\("[^"]*"\);/g;

/**
 * Astro's `astro:assets` module spells out the output folder as an absolute URL (`outDir`,
 * `serverDir`; only the Node adapter's image endpoint reads them). Every page that shows an
 * image imports that module, so the incremental build's dependency hash of the page changes with
 * the output folder: a build into another folder (scripts/build.ts builds into a fresh
 * `dist.next-<pid>/`, CI into a fresh checkout) rendered every such page again. This writes a
 * fixed URL in their place; a static site never reads them (README: "Incremental builds").
 */
export function replaceOutputUrls(code: string): string {
  return code.replace(OUTPUT_URL, (_, name: string) => `export const ${name} = /* #__PURE__ */ new URL("file:///oogst-output/${name}/");`);
}

/** The integration: a Vite plugin that applies replaceOutputUrls to `astro:assets` in a static build. */
export function stableAssetsModule(): AstroIntegration {
  return {
    name: 'oogst-stable-assets-module',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'oogst-stable-assets-module',
                enforce: 'post',
                transform: (code: string, id: string) => (id === ASSETS_MODULE ? { code: replaceOutputUrls(code), map: null } : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
