// A build that never leaves a half-written site: Astro builds into a fresh folder next to the
// output folder, and only a complete build replaces it. A failed build leaves the previous one as it was.
// Usage: node scripts/build.ts [--outDir dist]
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Astro's CLI, run with this Node (the project's Node 24, not whatever `node` is first on PATH). */
const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

const flag = process.argv.indexOf('--outDir');
const outDir = path.resolve(flag >= 0 ? (process.argv[flag + 1] ?? 'dist') : 'dist');
const next = `${outDir}.next-${process.pid}`;
const previous = `${outDir}.previous-${process.pid}`;

rmSync(next, { recursive: true, force: true });
const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', next], { stdio: 'inherit' });

if (result.status !== 0 || !existsSync(path.join(next, 'index.html'))) {
  rmSync(next, { recursive: true, force: true });
  const kept = existsSync(outDir) ? `${path.relative(process.cwd(), outDir) || outDir}/ is niet aangeraakt en bevat nog de vorige, volledige build` : `er is geen ${path.relative(process.cwd(), outDir)}/ gemaakt`;
  console.error(`\nDe build is mislukt; ${kept}. Los de fout hierboven op en bouw opnieuw.`);
  process.exit(result.status || 1);
}

// Two renames: the output folder is never a mix of old and new files.
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(next, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Klaar: de nieuwe site staat in ${path.relative(process.cwd(), outDir) || outDir}/.`);
