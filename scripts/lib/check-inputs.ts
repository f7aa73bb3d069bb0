import path from 'node:path';
import { resolveBuildDate } from '../../src/integrations/build-date.ts';
import type { VerdictInputs } from '../../src/integrations/verdict-cache.ts';

/**
 * Everything the verdict of checkContent (check-content.ts) can depend on: the content folder,
 * public/ (links to its files), the code of the check and of the schemas, templates and fonts
 * metrics it uses (src/ and scripts/lib/), the pinned libraries (package-lock.json), the
 * configuration, Node's version (its Intl data), and the build date (git or SOURCE_DATE_EPOCH),
 * against which the age of the accessibility statement's evaluation is judged. The check reads nothing else.
 */
export function checkInputs(contentDir: string, root = process.cwd()): VerdictInputs {
  return {
    folders: [path.resolve(contentDir), ...['public', 'src', 'scripts/lib'].map((folder) => path.resolve(root, folder))],
    files: ['package-lock.json', 'astro.config.mjs'].map((file) => path.resolve(root, file)),
    salt: [
      process.version,
      path.resolve(contentDir),
      path.resolve(root),
      resolveBuildDate(process.env, new Date(0)).date.toISOString(),
    ].join('\0'),
  };
}
