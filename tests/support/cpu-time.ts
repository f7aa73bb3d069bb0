import { readFileSync } from 'node:fs';
import { afterAll } from 'vitest';

/**
 * Records the CPU time a test file costs, its own and that of every process it started and
 * waited for (builds, `npm run check`, Chromium), on the file's meta for the durations reporter.
 * Wall time alone misleads on a machine that others share; CPU time does not.
 * Runs as a setup file: once per test file, before the file is imported.
 */

declare module 'vitest' {
  interface TaskMeta {
    /** CPU seconds of the file's worker and the processes it waited for; absent where /proc is not there. */
    cpuSeconds?: number;
  }
}

/** Clock ticks per second of /proc/<pid>/stat: 100 on every Linux vitest runs on. */
const TICKS_PER_SECOND = 100;

/** User and system time of this process and of its finished children, in seconds (Linux). */
function cpuSeconds(): number | undefined {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  // Fields after the command name, which may hold spaces: state is the first, utime the 12th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
  return ((utime ?? 0) + (stime ?? 0) + (cutime ?? 0) + (cstime ?? 0)) / TICKS_PER_SECOND;
}

const start = cpuSeconds();

// Registered before the file's own hooks, so it runs after them (after-all hooks run in reverse).
afterAll(({}, file) => {
  const end = cpuSeconds();
  if (start !== undefined && end !== undefined) file.meta.cpuSeconds = Math.round((end - start) * 100) / 100;
});
