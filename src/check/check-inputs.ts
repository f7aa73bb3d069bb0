import path from 'node:path';
import type { BuildSettings } from '../config/build-context.ts';
import type { VerdictInputs } from '../integrations/verdict-cache.ts';

/**
 * Everything the verdict of checkContent (check-content.ts) can depend on: the content folder,
 * public/ (links to its files), the code of the check and of the schemas, templates and fonts
 * metrics it uses (src/), the pinned libraries (package-lock.json), the configuration, Node's
 * version (its Intl data) and the build date (a closed dialogue's home card has another headline).
 * The check reads nothing else.
 */
export function checkInputs(settings: Pick<BuildSettings, 'contentDir' | 'root' | 'buildDate'>): VerdictInputs {
  const { contentDir, root, buildDate } = settings;
  return {
    folders: [path.resolve(contentDir), ...['public', 'src'].map((folder) => path.resolve(root, folder))],
    files: ['package-lock.json', 'astro.config.mjs'].map((file) => path.resolve(root, file)),
    salt: [process.version, path.resolve(contentDir), path.resolve(root), buildDate.toISOString()].join('\0'),
  };
}
