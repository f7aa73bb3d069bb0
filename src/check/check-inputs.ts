import path from 'node:path';
import type { VerdictInputs } from '../integrations/verdict-cache.ts';

/**
 * Everything the verdict of checkContent (check-content.ts) can depend on: the content folder,
 * public/ (links to its files), the code of the check and of the schemas, templates and fonts
 * metrics it uses (src/), the pinned libraries (package-lock.json), the
 * configuration, and Node's version (its Intl data). The check reads nothing else.
 */
export function checkInputs(contentDir: string, root = process.cwd()): VerdictInputs {
  return {
    folders: [path.resolve(contentDir), ...['public', 'src'].map((folder) => path.resolve(root, folder))],
    files: ['package-lock.json', 'astro.config.mjs'].map((file) => path.resolve(root, file)),
    salt: [process.version, path.resolve(contentDir), path.resolve(root)].join('\0'),
  };
}
