import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseBuildLog, PHASES, type BuildLogFigures } from './parse-log.ts';

/** One `astro build` as the benchmark saw it. */
export interface BuildRun extends BuildLogFigures {
  label: string;
  ok: boolean;
  /** Wall-clock time of the whole command, in seconds. */
  seconds: number;
  /** Largest resident set size of the build or any process it waited for, in MiB. */
  peakRssMiB: number | undefined;
  /** CPU time (user + system) of the build and the processes it waited for, in seconds; less sensitive than wall time to other work on the machine. */
  cpuSeconds: number | undefined;
  /** Largest RSS of any one process of the build in each phase of PHASES (sampled every 250 ms), in MiB: where the memory goes. */
  phasePeakRssMiB: Record<string, number>;
  /** Where the full log was written. */
  logFile: string;
}

/** What to build and where. */
export interface BuildRequest {
  label: string;
  /** The project folder: the repository, or the generated bare Astro project. */
  cwd: string;
  /** The script Node runs: scripts/build.ts for Oogst, Astro's CLI (node_modules/astro/bin/astro.mjs) for the bare project. */
  entry: string;
  args: string[];
  env: Record<string, string>;
  logDir: string;
  /** Extra options for Node, e.g. --cpu-prof to profile the build. */
  nodeArgs?: string[];
}

const TIME = '/usr/bin/time';

/**
 * Runs one build in a child process with Node 24 (this process's node), timestamps every
 * output line, and takes the peak RSS from GNU time when it is installed, otherwise from
 * /proc/<pid>/status (VmHWM) of the build process.
 */
export async function runBuild(request: BuildRequest): Promise<BuildRun> {
  const logFile = path.join(request.logDir, `${request.label}.log`);
  const timeFile = path.join(os.tmpdir(), `oogst-bench-time-${process.pid}-${request.label}.txt`);
  const useTime = existsSync(TIME);
  const command = [process.execPath, ...(request.nodeArgs ?? []), request.entry, ...request.args];
  const [file, ...args] = useTime ? [TIME, '-v', '-o', timeFile, ...command] : command;
  writeFileSync(logFile, '');
  const started = performance.now();
  const child = spawn(file!, args, {
    cwd: request.cwd,
    env: {
      ...process.env,
      ...request.env,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: { at: number; text: string }[] = [];
  let pending = '';
  const collect = (chunk: Buffer) => {
    const at = (performance.now() - started) / 1000;
    pending += chunk.toString('utf8');
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    // eslint-disable-next-line no-control-regex
    const fresh = parts.map((text) => ({ at, text: text.replace(/\u001b\[[0-9;]*m/g, '') }));
    lines.push(...fresh);
    // Written as it comes, so a long build can be followed with tail -f.
    if (fresh.length > 0) appendFileSync(logFile, fresh.map((line) => `[${line.at.toFixed(3)}] ${line.text}\n`).join(''));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let polledHwmKiB = 0;
  const poll = useTime ? undefined : setInterval(() => (polledHwmKiB = Math.max(polledHwmKiB, readVmHwm(child.pid))), 100);
  const rssSamples: { at: number; kib: number }[] = [];
  const sampleRss = setInterval(() => {
    const kib = Math.max(0, ...processTree(child.pid).map(readVmRss));
    rssSamples.push({ at: (performance.now() - started) / 1000, kib });
  }, 250);
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  if (poll) clearInterval(poll);
  clearInterval(sampleRss);
  const seconds = (performance.now() - started) / 1000;
  if (pending) lines.push({ at: seconds, text: pending });
  if (pending) appendFileSync(logFile, `[${seconds.toFixed(3)}] ${pending}\n`);
  let peakKiB = polledHwmKiB;
  let cpuSeconds: number | undefined;
  if (useTime && existsSync(timeFile)) {
    const report = readFileSync(timeFile, 'utf8');
    const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(report)?.[1] ?? Number.NaN);
    peakKiB = field('Maximum resident set size \\(kbytes\\)') || 0;
    cpuSeconds = field('User time \\(seconds\\)') + field('System time \\(seconds\\)');
    if (Number.isNaN(cpuSeconds)) cpuSeconds = undefined;
    rmSync(timeFile, { force: true });
  }
  const figures = parseBuildLog(lines);
  return {
    label: request.label,
    ok: status === 0,
    seconds,
    peakRssMiB: peakKiB > 0 ? peakKiB / 1024 : undefined,
    cpuSeconds,
    phasePeakRssMiB: peakRssByPhase(figures.phases, rssSamples),
    logFile,
    ...figures,
  };
}

/** The largest sample in each phase, the phases laid end to end from the build's start as parseBuildLog measured them. */
export function peakRssByPhase(phases: Record<string, number>, samples: readonly { at: number; kib: number }[]): Record<string, number> {
  const peaks: Record<string, number> = {};
  let start = 0;
  for (const { name } of PHASES) {
    const length = phases[name];
    if (length === undefined) break;
    const inPhase = samples.filter((sample) => sample.at > start && sample.at <= start + length);
    if (inPhase.length > 0) peaks[name] = Math.max(...inPhase.map((sample) => sample.kib)) / 1024;
    start += length;
  }
  return peaks;
}

/** The process and every process below it (GNU time, scripts/build.ts, Astro, Pagefind …). */
function processTree(pid: number | undefined): number[] {
  if (!pid) return [];
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return [pid, ...children.flatMap(processTree)];
  } catch {
    return [];
  }
}

/** Resident set size in KiB of a running process, 0 when it has gone. */
function readVmRss(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Peak RSS in KiB of a running process, 0 when it has gone. */
function readVmHwm(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
