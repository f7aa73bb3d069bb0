import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * One Astro build (or dev server) at a time in this project, across vitest's workers. Test files
 * run side by side, but two builds in one project folder would both write `.astro/` (the content
 * modules of their content folder) and, for an output folder outside the project,
 * `.astro/.prerender/`: each would read the other's files. A build in the project folder itself
 * (scripts/build.ts, a dev server, scripts/reproducible.ts) takes this lock; everything else
 * (reading dist/, Chromium, `npm run check`, fixture builds in a view of the project of their own,
 * tests/support/project-view.ts) runs alongside.
 */
const LOCK = path.resolve('.astro/oogst-build.lock');
const OWNER = path.join(LOCK, 'owner');
const POLL_MS = 200;

/** Whether the process that holds the lock is gone (killed, crashed), so the lock can be taken. */
function ownerIsGone(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(OWNER, 'utf8'));
  } catch {
    // Taken a moment ago and the owner not written yet, or released meanwhile: not gone.
    return false;
  }
  if (pid === process.pid) throw new Error('de build-lock wordt al door dit proces gehouden: een build in een build?');
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function tryLock(): boolean {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  try {
    mkdirSync(LOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (ownerIsGone()) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
  writeFileSync(OWNER, String(process.pid));
  return true;
}

function unlock(): void {
  rmSync(LOCK, { recursive: true, force: true });
}

const sleep = new Int32Array(new SharedArrayBuffer(4));

/** Runs a synchronous build (spawnSync) holding the lock; waits for it without returning to the event loop. */
export function withBuildLock<T>(build: () => T): T {
  while (!tryLock()) Atomics.wait(sleep, 0, 0, POLL_MS);
  try {
    return build();
  } finally {
    unlock();
  }
}

/** The end of this process's queue for the lock: tests side by side in one file take it in turn. */
let queueTail: Promise<void> = Promise.resolve();

/** Takes the lock for an asynchronous build or a dev server; call the returned function to give it back. */
export async function takeBuildLock(): Promise<() => void> {
  // One waiter per process at a time: the lock folder names a process, not a test.
  const previous = queueTail;
  let passOn!: () => void;
  queueTail = new Promise((resolve) => (passOn = resolve));
  await previous;
  try {
    while (!tryLock()) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  } catch (error) {
    passOn();
    throw error;
  }
  return () => {
    unlock();
    passOn();
  };
}

/** Runs an asynchronous build holding the lock. */
export async function withBuildLockAsync<T>(build: () => Promise<T>): Promise<T> {
  const release = await takeBuildLock();
  try {
    return await build();
  } finally {
    release();
  }
}
