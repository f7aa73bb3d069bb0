// A build that never leaves a half-written site: Astro builds into a fresh folder next to the
// output folder, and only a complete build replaces it. A failed build leaves the previous one as it was.
// Usage: node scripts/build.ts [--outDir dist] [--preview] [--force]
// --preview (npm run build:preview) builds the preview of a proposed change: drafts shown and marked
// "Concept", every page noindex (src/config/publication.ts).
// --force renders every page, not reusing the incremental cache (README: "Incremental builds").
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { archiveDirOf } from '../src/archive/archive-dir.ts';
import { PREVIEW_MODE } from '../src/config/publication.ts';

/** Astro's CLI, run with this Node (the project's Node 24, not whatever `node` is first on PATH). */
const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

const flag = process.argv.indexOf('--outDir');
const outDir = path.resolve(flag >= 0 ? (process.argv[flag + 1] ?? 'dist') : 'dist');
const next = `${outDir}.next-${process.pid}`;
const previous = `${outDir}.previous-${process.pid}`;
// The web archive is written beside the site (src/archive/archive-dir.ts) and moves with it.
const archives = { next: archiveDirOf(next), previous: archiveDirOf(previous), out: archiveDirOf(outDir) };

/**
 * Deletes folders in a separate process that outlives this one: the previous site holds tens of
 * thousands of files (cards, search fragments), and nobody needs to wait for them to go.
 */
function removeInBackground(folders: string[]): void {
  if (folders.length === 0) return;
  const code = 'for (const folder of process.argv.slice(1)) require("node:fs").rmSync(folder, { recursive: true, force: true })';
  spawn(process.execPath, ['-e', code, ...folders], { detached: true, stdio: 'ignore' }).unref();
}

// A previous site an earlier build left behind, e.g. when the machine stopped while removing it.
// (A `.next-*` folder may belong to a build that is still running, so those stay.)
const parent = path.dirname(outDir);
const base = path.basename(outDir);
const leftovers = existsSync(parent) ? readdirSync(parent).filter((name) => name.startsWith(`${base}.previous-`)) : [];
removeInBackground(leftovers.map((name) => path.join(parent, name)));

const mode = process.argv.includes('--preview') ? ['--mode', PREVIEW_MODE] : [];
const force = process.argv.includes('--force') ? ['--force'] : [];
const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', next, ...mode, ...force], { stdio: 'inherit' });

if (result.status !== 0 || !existsSync(path.join(next, 'index.html'))) {
  rmSync(next, { recursive: true, force: true });
  rmSync(archives.next, { recursive: true, force: true });
  const kept = existsSync(outDir)
    ? `${path.relative(process.cwd(), outDir) || outDir}/ is niet aangeraakt en bevat nog de vorige, volledige build`
    : `er is geen ${path.relative(process.cwd(), outDir)}/ gemaakt`;
  console.error(`\nDe build is mislukt; ${kept}. Los de fout hierboven op en bouw opnieuw.`);
  process.exit(result.status || 1);
}

// Two renames: the output folder is never a mix of old and new files.
if (existsSync(outDir)) renameSync(outDir, previous);
if (existsSync(archives.out)) renameSync(archives.out, archives.previous);
renameSync(next, outDir);
if (existsSync(archives.next)) renameSync(archives.next, archives.out);
removeInBackground([previous, archives.previous].filter((folder) => existsSync(folder)));
console.log(`Klaar: de nieuwe site staat in ${path.relative(process.cwd(), outDir) || outDir}/.`);
