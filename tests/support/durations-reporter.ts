import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule, Vitest } from 'vitest/node';

/** Where the run's durations go (test-results/ is not committed). */
export const DURATIONS_FILE = path.resolve('test-results/durations.json');

/** One test file's durations, in seconds. */
export interface FileDurations {
  file: string;
  /** Wall time from importing the file to its last hook. */
  seconds: number;
  /** CPU time of the file's worker and the processes it waited for (tests/support/cpu-time.ts). */
  cpuSeconds: number | undefined;
  tests: { name: string; state: string; seconds: number }[];
}

const seconds = (ms: number) => Math.round(ms) / 1000;

/** The durations of one finished test file. */
export function fileDurations(module: TestModule, root: string): FileDurations {
  const diagnostic = module.diagnostic();
  return {
    file: path.relative(root, module.moduleId),
    seconds: seconds(diagnostic.collectDuration + diagnostic.setupDuration + diagnostic.duration),
    cpuSeconds: module.meta().cpuSeconds,
    tests: [...module.children.allTests()].map((test) => ({
      name: test.fullName,
      state: test.result().state,
      seconds: seconds(test.diagnostic()?.duration ?? 0),
    })),
  };
}

/** The ten slowest files, as lines for the console (and the README's table). */
export function slowestTen(files: FileDurations[]): string[] {
  return [...files]
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, 10)
    .map(
      ({ file, seconds: wall, cpuSeconds }) =>
        `${wall.toFixed(1).padStart(7)} s${cpuSeconds === undefined ? '' : `  (CPU ${cpuSeconds.toFixed(1)} s)`}  ${file}`,
    );
}

/**
 * Writes every file's and every test's duration to test-results/durations.json and prints the
 * ten slowest files, so a slow test is seen when it comes and the README's list can be measured.
 */
export default class DurationsReporter implements Reporter {
  private root = process.cwd();
  private started = Date.now();

  onInit(vitest: Vitest): void {
    this.root = vitest.config.root;
    this.started = Date.now();
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const files = testModules.map((module) => fileDurations(module, this.root)).sort((a, b) => a.file.localeCompare(b.file));
    const cpu = files.every((file) => file.cpuSeconds !== undefined)
      ? Math.round(files.reduce((sum, file) => sum + file.cpuSeconds!, 0) * 100) / 100
      : undefined;
    const run = { finished: new Date().toISOString(), seconds: seconds(Date.now() - this.started), cpuSeconds: cpu, files };
    mkdirSync(path.dirname(DURATIONS_FILE), { recursive: true });
    writeFileSync(DURATIONS_FILE, `${JSON.stringify(run, null, 2)}\n`);
    process.stdout.write(
      `\nSlowest test files (wall time, CPU time of the file and what it started):\n${slowestTen(files).join('\n')}\n` +
        `Durations of every file and test: ${path.relative(this.root, DURATIONS_FILE)}\n`,
    );
  }
}
