import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Everything a verdict may depend on: folders and files whose every byte counts (content, the
 * code that checks it, the lockfile that pins its libraries), and a salt for the rest (paths,
 * Node's version).
 */
export interface VerdictInputs {
  folders: string[];
  files: string[];
  salt: string;
}

// Never part of a verdict, and large: a content folder may be a git checkout.
const SKIPPED = new Set(['.git', 'node_modules']);

/** Every file below a folder, relative to it, in a fixed order. */
function listFiles(folder: string, prefix = ''): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(path.join(folder, prefix), { withFileTypes: true })
    .filter((entry) => !SKIPPED.has(entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const relative = path.join(prefix, entry.name);
      return entry.isDirectory() ? listFiles(folder, relative) : entry.isFile() ? [relative] : [];
    });
}

/**
 * A key that changes whenever any input changes: names and bytes of every file (modification
 * times do not count, so a fresh checkout of the same commit has the same key).
 */
export function verdictKey(inputs: VerdictInputs): string {
  const hash = createHash('sha256').update(inputs.salt);
  for (const folder of inputs.folders) {
    hash.update(`\0folder\0${folder}`);
    for (const file of listFiles(folder)) hash.update(`\0${file}\0`).update(readFileSync(path.join(folder, file)));
  }
  for (const file of inputs.files) {
    hash.update(`\0file\0${file}\0`);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 32);
}

/** The stored result under `key`, if an earlier run stored one that can be read. */
function storedVerdict<T>(cacheFolder: string, key: string): { result: T } | undefined {
  const file = path.join(cacheFolder, `${key}.json`);
  if (!existsSync(file)) return undefined;
  try {
    return { result: JSON.parse(readFileSync(file, 'utf8')) as T };
  } catch {
    // A damaged entry: computed again and written over.
    return undefined;
  }
}

/** Stores `result` under `key` as the only entry of the folder. */
function storeVerdict(cacheFolder: string, key: string, result: unknown): void {
  const file = path.join(cacheFolder, `${key}.json`);
  mkdirSync(cacheFolder, { recursive: true });
  for (const name of readdirSync(cacheFolder)) rmSync(path.join(cacheFolder, name), { force: true, recursive: true });
  // Written whole or not at all: a build stopped halfway leaves no half file to be read as a verdict.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(result));
  renameSync(partial, file);
}

/**
 * The result of `compute` for these inputs: from `cacheFolder` when an earlier run stored one
 * under the same key, else computed, and stored when `keep` approves it. Only the latest
 * result is kept. A damaged or unreadable entry is computed again.
 */
export function cachedVerdict<T>(
  cacheFolder: string,
  inputs: VerdictInputs,
  compute: () => T,
  keep: (result: T) => boolean,
): { result: T; cached: boolean } {
  const key = verdictKey(inputs);
  const stored = storedVerdict<T>(cacheFolder, key);
  if (stored) return { result: stored.result, cached: true };
  const result = compute();
  if (keep(result)) storeVerdict(cacheFolder, key, result);
  return { result, cached: false };
}

/** cachedVerdict for a check that has to wait (the content check with its image pre-check); the inputs are hashed once. */
export async function cachedVerdictAsync<T>(
  cacheFolder: string,
  inputs: VerdictInputs,
  compute: () => Promise<T>,
  keep: (result: T) => boolean,
): Promise<{ result: T; cached: boolean }> {
  const key = verdictKey(inputs);
  const stored = storedVerdict<T>(cacheFolder, key);
  if (stored) return { result: stored.result, cached: true };
  const result = await compute();
  if (keep(result)) storeVerdict(cacheFolder, key, result);
  return { result, cached: false };
}
