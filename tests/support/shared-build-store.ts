import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Where the builds of tests/support/shared-build.ts are kept: the folder of one vitest run, the
 * key of a build in it, and the lock its maker holds.
 */

const ROOT = path.join(os.tmpdir(), 'oogst-shared-builds');

/** A process's start time in clock ticks since boot (Linux), so a reused process id is not the same process. */
function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Whether a process named by `pid-starttime` is still running. */
function isRunning(run: string): boolean {
  const [pid, started] = run.split('-');
  if (started !== 'x') return startTime(Number(pid)) === started;
  // No /proc (not Linux): the process id alone.
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * This vitest run: the vitest process whose workers (child processes) run the test files, or this
 * process when it runs the files itself.
 */
function currentRun(): string {
  let isVitest = false;
  try {
    isVitest = readFileSync(`/proc/${process.ppid}/cmdline`, 'utf8').includes('vitest');
  } catch {
    // No /proc: builds are still made once, shared within this process only.
  }
  const pid = isVitest ? process.ppid : process.pid;
  return `${pid}-${startTime(pid) ?? 'x'}`;
}

let runDir: string | undefined;

/** This run's folder of shared builds; the first call of a process removes the folders of runs that ended. */
export function currentRunDir(): string {
  if (runDir) return runDir;
  mkdirSync(ROOT, { recursive: true });
  for (const name of readdirSync(ROOT)) {
    if (name.startsWith('run-') && !isRunning(name.slice('run-'.length))) rmSync(path.join(ROOT, name), { recursive: true, force: true });
  }
  runDir = path.join(ROOT, `run-${currentRun()}`);
  mkdirSync(runDir, { recursive: true });
  return runDir;
}

/** Every file below `dir` with its bytes, in a fixed order, into the hash. */
function hashFolder(hash: ReturnType<typeof createHash>, dir: string): void {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(dir, file)))
      .update('\0');
}

/** What builds a site besides its content: the project's code and the packages it locked. */
const CODE = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
let codeHash: string | undefined;

/**
 * The project's code as it is now, hashed once per process: a run in watch mode lasts while the
 * code changes, and a changed module must not read a build of the code before it.
 */
function hashOfCode(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  for (const name of CODE) {
    const full = path.resolve(name);
    if (!existsSync(full)) continue;
    hash.update(`${name}\0`);
    if (statSync(full).isDirectory()) hashFolder(hash, full);
    else hash.update(readFileSync(full));
  }
  return (codeHash = hash.digest('hex'));
}

/** The key of a build: the project's code, the bytes of its content folder, its variables and its arguments. */
export function buildKey(contentDir: string, env: Record<string, string>, args: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(hashOfCode());
  hashFolder(hash, contentDir);
  hash.update(JSON.stringify(Object.entries(env).sort(([a], [b]) => a.localeCompare(b))));
  hash.update(JSON.stringify(args));
  return hash.digest('hex').slice(0, 24);
}

/** This process, as a lock's owner names it. */
export const SELF = `${process.pid}-${startTime(process.pid) ?? 'x'}`;

/**
 * Takes the lock of one shared build; a lock whose owner is gone (killed, crashed) is taken over.
 * `waitsBlocking`: the caller waits without returning to the event loop, so a lock this process
 * holds itself would never be given back.
 */
export function tryLock(lock: string, waitsBlocking: boolean): boolean {
  try {
    mkdirSync(lock);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    let owner = '';
    try {
      owner = readFileSync(path.join(lock, 'owner'), 'utf8');
    } catch {
      // Taken a moment ago, the owner not written yet: not gone.
      return false;
    }
    if (waitsBlocking && owner === SELF)
      throw new Error('deze gedeelde build wordt al in dit proces gemaakt: wacht erop met sharedBuildAsync');
    if (owner && !isRunning(owner)) rmSync(lock, { recursive: true, force: true });
    return false;
  }
  writeFileSync(path.join(lock, 'owner'), SELF);
  return true;
}
