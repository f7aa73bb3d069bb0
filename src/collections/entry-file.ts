import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_TABLE } from './collection-table.ts';

/**
 * The file of an entry in the content folder, as shown to editors: "stories/x" →
 * "content/stories/x.mdx" (a visual may sit one folder down, beside its data). Read from the
 * folder, not Astro's store, so it also answers where no collection is loaded.
 */
export function entryFileIn(contentDir: string, collection: string, id: string): string | undefined {
  const table = COLLECTION_TABLE[collection as keyof typeof COLLECTION_TABLE];
  if (!table || table.kind !== 'folder') return undefined;
  const folder = path.join(contentDir, table.folder);
  const below =
    table.recursive && existsSync(folder) ? readdirSync(folder, { withFileTypes: true }).filter((item) => item.isDirectory()) : [];
  for (const dir of [folder, ...below.map((item) => path.join(folder, item.name))]) {
    for (const extension of table.extensions) {
      const file = path.join(dir, `${id}.${extension}`);
      if (existsSync(file)) return path.relative(process.cwd(), file).split(path.sep).join('/');
    }
  }
  return undefined;
}
