import type { AstroIntegration } from 'astro';
import type { ContentModel } from '../model/content-model.ts';
import { filledCollections } from '../model/filled-collections.ts';

const VIRTUAL_ID = 'virtual:oogst/filled-collections';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Hands the site's modules `virtual:oogst/filled-collections`: in a build, the collections of the
 * content model that have entries, so src/data/harvest.ts reads only those and an empty one is an
 * empty list instead of Astro's warning. The dev server re-reads the model on every content change,
 * so there the module says null: every collection is read.
 */
export function filledCollectionsIntegration(model: () => ContentModel): AstroIntegration {
  return {
    name: 'oogst-filled-collections',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'oogst-filled-collections',
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: (id: string) =>
                  id === RESOLVED_ID
                    ? `export const filledCollections = ${JSON.stringify(command === 'build' ? filledCollections(model()) : null)};\n`
                    : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
