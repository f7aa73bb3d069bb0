import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { MODEL_LOADER, type ModelRefresh } from '../model/model-loader.ts';
import { contentModelModule } from '../model/model-module.ts';
import type { ModelSource } from '../model/model-source.ts';

const VIRTUAL_ID = 'virtual:oogst/content-model';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Hands the content model astro.config.mjs read to the content layer as
 * `virtual:oogst/content-model` (src/content.config.ts loads every collection from it), so the
 * build reads and validates the content folder once. In `npm run dev` a change in the content
 * folder makes the model be read again and the collections reload from it.
 */
export function contentModelIntegration(source: ModelSource, contentDir: () => string): AstroIntegration {
  return {
    name: 'oogst-content-model',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'oogst-content-model',
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: (id: string) => (id === RESOLVED_ID ? contentModelModule(source.get()) : undefined),
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
