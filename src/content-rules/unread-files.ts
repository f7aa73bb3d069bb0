import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_TABLE, isNote, type FileCollection, type FolderCollection } from '../collections/collection-table.ts';
import { findLinksAndImages } from '../markdown/check-markup.ts';
import { error, warning, type CheckProblem } from '../messages/content-problems.ts';
import { UPLOAD_TEXT } from '../messages/upload-problems.ts';
import { EARL_FILE } from '../accessibility/earl.ts';
import { formatOfName } from './image-bytes.ts';
import type { RuleEntry } from './types.ts';

/** Every file below a folder, absolute; hidden files (.DS_Store, .gitkeep) are the system's, not content. */
function allFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile() && !item.name.startsWith('.'))
    .map((item) => path.join(item.parentPath, item.name))
    .sort();
}

/** The files an entry makes the site read: its hero, the images in its body, a chart's data file. */
export function filesUsedBy(entry: RuleEntry): string[] {
  const here = path.dirname(entry.absoluteFile);
  const used: string[] = [];
  const hero = (entry.raw?.['hero'] as { src?: unknown } | undefined)?.src;
  if (typeof hero === 'string') used.push(path.resolve(here, hero));
  const data = (entry.raw?.['data'] as { file?: unknown } | undefined)?.file;
  if (typeof data === 'string') used.push(path.resolve(here, data));
  if (entry.body) {
    const format = entry.absoluteFile.endsWith('.mdx') ? 'mdx' : 'md';
    for (const image of findLinksAndImages(entry.body, format).images)
      if (!/^([a-z]+:|\/)/i.test(image.src)) used.push(path.resolve(here, decodeURI(image.src)));
  }
  return used;
}

/**
 * Nothing in the content folder is silently left out. An entry in a sub-folder of its collection
 * (stories/2021/x.mdx) would get an address the pages cannot make, so it is refused; any other
 * file the site does not read (a .docx beside a story, a .txt, an image no text uses, a chart's
 * CSV that no spec names) gets a warning that names it. Notes (names starting with _) and
 * hidden files are left alone.
 */
export function checkUnreadFiles(contentDir: string, entries: readonly RuleEntry[], shown: (file: string) => string): CheckProblem[] {
  const read = new Set<string>(entries.map((entry) => entry.absoluteFile));
  for (const entry of entries) for (const file of filesUsedBy(entry)) read.add(file);
  const problems: CheckProblem[] = [];
  for (const entry of entries) {
    if (!entry.id.includes('/')) continue;
    problems.push(error({ file: entry.file, field: '(map)', ...UPLOAD_TEXT.subfolder(folderOf(entry.collection)), rule: 'subfolder' }));
  }
  // Every collection of the table counts as read, also one whose reader is not among `entries`.
  const collections = Object.values(COLLECTION_TABLE) as (FolderCollection | FileCollection)[];
  for (const collection of collections) if (collection.kind !== 'folder') read.add(path.join(contentDir, collection.file));
  // The axe report of `npm run a11y:report`: the build publishes it beside the accessibility statement.
  read.add(path.join(contentDir, EARL_FILE));
  const isEntryFile = (relative: string) =>
    collections.some(
      (c) =>
        c.kind === 'folder' &&
        relative.startsWith(`${c.folder}${path.sep}`) &&
        (c.recursive || !relative.slice(c.folder.length + 1).includes(path.sep)) &&
        c.extensions.includes(path.extname(relative).slice(1)),
    );
  for (const file of allFiles(contentDir)) {
    const relative = path.relative(contentDir, file);
    if (read.has(file) || isNote(relative) || isEntryFile(relative)) continue;
    const top = relative.split(path.sep)[0]!;
    const words = formatOfName(file) ? UPLOAD_TEXT.unusedImage : UPLOAD_TEXT.unreadFile(relative.includes(path.sep) ? top : '.');
    problems.push(warning({ file: shown(file), field: '(bestand)', ...words, rule: 'unread-file' }));
  }
  return problems;
}

/** The folder of a folder collection, by name. */
function folderOf(collection: string): string {
  const entry = COLLECTION_TABLE[collection as keyof typeof COLLECTION_TABLE];
  return entry && entry.kind === 'folder' ? entry.folder : collection;
}
