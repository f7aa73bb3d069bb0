import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A module and every local module it imports (relative `.ts` imports, followed), sorted. */
export function localModules(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/from\s+'(\.{1,2}\/[^']+\.ts)'/g))
      visit(path.resolve(path.dirname(file), match[1]!));
  };
  visit(entry);
  return [...seen].sort();
}

/**
 * The one fingerprint of code, for the caches that keep work between builds (cards, card layouts,
 * the search index): path and bytes of every module the entries import, followed rather than
 * listed by hand so a new import cannot be forgotten, plus what else shapes the result (versions,
 * fonts, texts). Another byte anywhere gives another fingerprint.
 */
export function codeFingerprint(root: string, entries: readonly string[], extra: readonly (string | Uint8Array)[] = []): string {
  const hash = createHash('sha256');
  for (const part of extra) hash.update(part).update('\0');
  const modules = [...new Set(entries.flatMap((entry) => localModules(path.resolve(root, entry))))].sort();
  for (const file of modules) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}
