import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { MODEL_LOADER, type ModelRefresh } from '../model/model-loader.ts';
import { contentModelModule, writeModelHandover } from '../model/model-module.ts';
import type { ModelSource } from '../model/model-source.ts';

const VIRTUAL_ID = 'virtual:oogst/content-model';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Where the model waits for the content layer, in Astro's cache folder (which CI restores anyway). */
const HANDOVER_FILE = 'oogst-model/content-model.json';

/**
 * Hands the content model astro.config.mjs read to the content layer as
 * `virtual:oogst/content-model` (src/content.config.ts loads every collection from it), so the
 * build reads and validates the content folder once. The module reads the model from a JSON file
 * written when the content layer asks for it (src/model/model-module.ts says why not in its source).
 * In `npm run dev` a change in the content folder makes the model be read again and the
 * collections reload from it, handed over in memory.
 */
export function contentModelIntegration(source: ModelSource, contentDir: () => string): AstroIntegration {
  return {
    name: 'oogst-content-model',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const handover = path.join(fileURLToPath(config.cacheDir), HANDOVER_FILE);
        const load = () => {
          writeModelHandover(source.get(), handover);
          return contentModelModule(handover);
        };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'oogst-content-model',
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: (id: string) => (id === RESOLVED_ID ? load() : undefined),
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        const folder = path.resolve(contentDir());
        let timer: ReturnType<typeof setTimeout> | undefined;
        const changed = (file: string) => {
          if (!path.resolve(file).startsWith(folder + path.sep)) return;
          // Forgotten at once, so the content gate's check (also on this change) reads the new model.
          source.forget();
          clearTimeout(timer);
          timer = setTimeout(() => {
            const context: ModelRefresh = { model: source.get() };
            void refreshContent?.({ loaders: [MODEL_LOADER], context: { ...context } });
          }, 200);
        };
        server.watcher.add(folder);
        for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, changed);
      },
    },
  };
}
