import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBuildLockAsync } from '../support/build-lock.ts';

/** Variables vitest adds to process.env (Vite's import.meta.env values); `npm run typecheck` does not have them. */
const VITEST_KEYS = /^(VITEST.*|NODE_ENV|MODE|DEV|PROD|SSR|TEST|SITE|BASE_URL|ASSETS_PREFIX)$/;

/** `astro check` in the project folder: its exit status and everything it printed, without colours. */
function astroCheck(): Promise<{ status: number | null; output: string }> {
  const env = Object.fromEntries(
    Object.entries({ ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }).filter(([key]) => !VITEST_KEYS.test(key)),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/astro'), ['check'], { env });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    // eslint-disable-next-line no-control-regex
    child.on('close', (status) =>
      resolve({
        status,
        output: Buffer.concat(chunks)
          .toString('utf8')
          .replace(/\u001b\[[0-9;]*m/g, ''),
      }),
    );
  });
}

// The type check of `npm test` (TypeScript strict over every .ts and .astro file, `npm run
// typecheck`), run beside the other test files instead of before all of them. It writes `.astro/`
// in the project folder as a build does, so it takes the build lock (tests/support/build-lock.ts).
describe('the type check', () => {
  it('finds no error, warning or hint in any TypeScript or Astro file', async () => {
    const { status, output } = await withBuildLockAsync(astroCheck);
    expect(output).toMatch(/Result \(\d+ files\)/);
    expect(output, output).toMatch(/- 0 errors\s+- 0 warnings\s+- 0 hints/);
    expect(status, output).toBe(0);
  }, 600_000);
});
