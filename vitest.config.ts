/// <reference types="vitest/config" />
import path from 'node:path';
import { getViteConfig } from 'astro/config';

// Through Astro's Vite config so modules that import `astro:*` can be tested too.
export default getViteConfig({
  test: {
    exclude: ['node_modules', 'dist', 'tests/fixtures/**'],
    projects: [
      // The modules' own tests (src/): plain functions, no process of their own, no environment
      // changed. They share their workers' modules instead of a fresh worker per file, which
      // halves their CPU time (about 100 files of a few milliseconds each).
      // Named so that vitest, which orders projects by name, starts them after the suite's long files.
      { extends: true, test: { name: 'units', include: ['src/**/*.test.ts'], isolate: false } },
      // The rest builds sites, drives Chromium or changes its process's environment: a fresh worker per file.
      { extends: true, test: { name: 'suite', include: ['tests/**/*.test.ts'] } },
    ],
    // Three files at a time on 2 cores: much of a file's time is waiting (Chromium, a child
    // process, the disk). Fixture builds run side by side, each in a view of the project of its own
    // (tests/support/project-view.ts); only builds in the project folder itself take turns (tests/support/build-lock.ts).
    fileParallelism: true,
    maxWorkers: 3,
    // Generous: a test that builds a site takes longer with three files at a time on two cores.
    testTimeout: 180_000,
    // Node keeps the compiled code of the modules its processes load: the many `npm run check`,
    // `npm run import` and `astro build` processes the tests start compile the same modules once.
    // Node's own cache (keyed by each file's contents), not a setting of the build.
    env: { NODE_COMPILE_CACHE: path.resolve('node_modules/.cache/node-compile-cache') },
    hookTimeout: 300_000,
    // Per-file CPU time for the durations reporter, which writes test-results/durations.json.
    setupFiles: ['./tests/support/cpu-time.ts'],
    reporters: ['default', './tests/support/durations-reporter.ts', './tests/support/summary-reporter.ts'],
  },
});
