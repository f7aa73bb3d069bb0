// Proves that two clean builds of the same commit are byte-identical: builds the site twice,
// each with its own empty cache, the same SOURCE_DATE_EPOCH and another time zone, locale and
// clock, and compares every file.
// Usage: node scripts/reproducible.ts   (OOGST_CONTENT_DIR picks another content folder)
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Astro's CLI, run with this Node (the project's Node 24, not whatever `node` is first on PATH). */
const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

/** Every file below `dir` with the SHA-256 of its bytes, by relative path. */
export function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    hashes.set(path.relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return hashes;
}

/** Files that differ between two trees, or exist in one only, sorted. */
export function compareTrees(a: Map<string, string>, b: Map<string, string>): string[] {
  const differences: string[] = [];
  for (const file of new Set([...a.keys(), ...b.keys()])) {
    if (!b.has(file)) differences.push(`${file}: alleen in de eerste build`);
    else if (!a.has(file)) differences.push(`${file}: alleen in de tweede build`);
    else if (a.get(file) !== b.get(file)) differences.push(`${file}: verschilt`);
  }
  return differences.sort();
}

/** The date every build of this commit stands for: SOURCE_DATE_EPOCH, or the commit's own time. */
function sourceDateEpoch(): string {
  if (process.env.SOURCE_DATE_EPOCH) return process.env.SOURCE_DATE_EPOCH;
  try {
    return execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim();
  } catch {
    return '1633046400';
  }
}

/**
 * The two builds run in time zones 25 hours apart, with different locales and with clocks 30
 * years apart (the first at the build date itself), so output that depends on the machine's
 * clock, date or language shows up as a difference.
 */
const MACHINES: Record<string, { env: Record<string, string>; clockAfterBuildDate: number }> = {
  a: { env: { TZ: 'Pacific/Kiritimati', LANG: 'nl_NL.UTF-8', LC_ALL: 'nl_NL.UTF-8' }, clockAfterBuildDate: 0 },
  b: { env: { TZ: 'Pacific/Pago_Pago', LANG: 'C', LC_ALL: 'C' }, clockAfterBuildDate: 30 * 365.25 * 24 * 3600 * 1000 },
};

/**
 * A Node option that sets the build's clock to `time` (ms since 1970; it keeps running from
 * there): `Date.now()` and `new Date()` say that time, any other use of `Date` is Node's own.
 * Inline as a data: URL, so the build has no file, flag or variable of its own to read.
 */
export function clockOption(time: number): string {
  const code = `const R=Date,o=${time}-R.now();globalThis.Date=new Proxy(R,{construct:(t,a,n)=>Reflect.construct(t,a.length?a:[R.now()+o],n),apply:()=>new R(R.now()+o).toString(),get:(t,p,r)=>p==='now'?()=>R.now()+o:Reflect.get(t,p,r)});`;
  return `--import=data:text/javascript,${encodeURIComponent(code)}`;
}

function build(workDir: string, name: string, epoch: string): string {
  const outDir = path.join(workDir, name);
  const machine = MACHINES[name]!;
  const clock = Number(epoch) * 1000 + machine.clockAfterBuildDate;
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    env: {
      ...process.env,
      ...machine.env,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, clockOption(clock)].filter(Boolean).join(' '),
      SOURCE_DATE_EPOCH: epoch,
      OOGST_CACHE_DIR: path.join(workDir, `cache-${name}`),
      NO_COLOR: '1',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    console.error(`${result.stdout}\n${result.stderr}`);
    throw new Error(`Build ${name} is mislukt (code ${result.status}); zie de uitvoer hierboven.`);
  }
  return outDir;
}

function main(): void {
  const epoch = sourceDateEpoch();
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'oogst-reproducible-'));
  console.log(`Twee schone builds met SOURCE_DATE_EPOCH=${epoch} (klokken op die datum en 30 jaar later) in ${workDir} …`);
  const first = hashTree(build(workDir, 'a', epoch));
  const second = hashTree(build(workDir, 'b', epoch));
  const differences = compareTrees(first, second);
  if (differences.length > 0) {
    console.error(`Niet reproduceerbaar: ${differences.length} van ${first.size} bestanden verschillen (builds bewaard in ${workDir}):`);
    for (const difference of differences) console.error(`  - ${difference}`);
    process.exit(1);
  }
  rmSync(workDir, { recursive: true, force: true });
  console.log(`Reproduceerbaar: alle ${first.size} bestanden van beide builds zijn byte voor byte gelijk.`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
