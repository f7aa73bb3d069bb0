import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A short digest of strings, each ended so that ("ab", "c") and ("a", "bc") differ. */
export function digest(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('base64url').slice(0, 32);
}

/** A loaded content entry as Astro's collections hand it over: what a page can show of it. */
export interface EntryLike {
  id: string;
  collection: string;
  data: unknown;
  body?: string | undefined;
  /** The loader's digest of the entry's file, when it sets one. */
  digest?: string | number | undefined;
}

/** Whether a value is a content entry (rather than a plain object of the page's props). */
export function isEntry(value: unknown): value is EntryLike {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<EntryLike>;
  return typeof candidate.id === 'string' && typeof candidate.collection === 'string' && 'data' in candidate;
}

const entryDigests = new WeakMap<object, string>();

/**
 * The digest of an entry: its data as the page sees it (after the schema, images resolved), its
 * body and its file's digest. Data is digested rather than only the file, so a change to a schema's
 * transform, which lives outside every page's module graph, still changes the key.
 */
export function entryDigest(entry: EntryLike): string {
  const known = entryDigests.get(entry);
  if (known) return known;
  const value = digest(entry.collection, entry.id, canonicalJson(entry.data), entry.body ?? '', String(entry.digest ?? ''));
  entryDigests.set(entry, value);
  return value;
}

/**
 * A page's props as text: entries by their digest, pages of a list by their items and numbers,
 * dates as ISO strings, maps and sets as lists; functions are code, which Astro's module graph
 * already covers. Object keys keep the order the code gave them, which is fixed.
 */
export function canonicalJson(value: unknown): string {
  const seen = new Set<object>();
  const walk = (item: unknown): unknown => {
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') return null;
    if (typeof item === 'bigint') return item.toString();
    if (item === null || typeof item !== 'object') return item;
    if (item instanceof Date) return Number.isNaN(item.getTime()) ? 'Invalid Date' : item.toISOString();
    if (item instanceof URL) return item.href;
    if (isEntry(item)) return { entry: entryDigest(item) };
    // A value met again below itself: the props hold a cycle, which JSON cannot; its place is marked.
    if (seen.has(item)) return '[cycle]';
    seen.add(item);
    let result: unknown;
    if (item instanceof Map) result = { map: [...item].map(([key, entry]) => [walk(key), walk(entry)]) };
    else if (item instanceof Set) result = { set: [...item].map(walk) };
    else if (Array.isArray(item)) result = item.map(walk);
    else result = Object.fromEntries(Object.entries(item).map(([key, entry]) => [key, walk(entry)]));
    seen.delete(item);
    return result;
  };
  return JSON.stringify(walk(value));
}

/**
 * The digest of the files of a folder, by their paths and bytes, leaving out what `skip` says
 * (relative paths with "/"). Files a module reads itself (a chart's CSV, the accessibility
 * report) reach pages outside the collections; this catches them.
 */
export function folderDigest(folder: string, skip: (relative: string) => boolean): string {
  const hash = createHash('sha256');
  const visit = (relative: string) => {
    const entries = readdirSync(path.join(folder, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (skip(child)) continue;
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile())
        hash
          .update(child)
          .update('\u0000')
          .update(readFileSync(path.join(folder, child)))
          .update('\u0000');
    }
  };
  visit('');
  return hash.digest('base64url').slice(0, 32);
}
