import type { AstroIntegration } from 'astro';
import { contextFor, type BuildContext, type BuildSettings } from '../config/build-context.ts';

const VIRTUAL_ID = 'virtual:oogst/build-context';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** The module's source: the context as data, the build date as a Date again. */
export function buildContextModule(context: BuildContext): string {
  const { buildDate, ...rest } = context;
  return `export const buildContext = Object.freeze({ ...${JSON.stringify(rest)}, buildDate: new Date(${buildDate.getTime()}) });\n`;
}

/**
 * Hands the build settings resolved by astro.config.mjs, plus what the command decides, to the
 * site's modules as `virtual:oogst/build-context` (typed in src/config/virtual-modules.d.ts), in the
 * way Starlight hands over its user configuration: pages and data read one typed module instead
 * of environment variables, globals or the clock.
 */
export function buildContextIntegration(settings: BuildSettings): AstroIntegration {
  return {
    name: 'oogst-build-context',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const source = buildContextModule(contextFor(settings, command));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'oogst-build-context',
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                // Marked as data for Astro's incremental build, as Astro marks its content store: the
                // module changes with every commit's date, which would render every page again.
                // What pages show of it is in their cache keys instead (src/incremental/page-keys.ts).
                load: (id: string) =>
                  id === RESOLVED_ID ? { code: source, meta: { astroIncremental: { kind: 'content-data' } } } : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
