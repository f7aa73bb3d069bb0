import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture } from './build-site.ts';
import { sharedBuildFolder, type SharedBuild } from './shared-build.ts';

describe('a build shared by test files', () => {
  it('is kept by the bytes of its content, its variables and its arguments, not by where the content lies', () => {
    const content = copyFixture('site-minimal');
    const folder = sharedBuildFolder(content);
    expect(sharedBuildFolder(copyFixture('site-minimal'))).toBe(folder);
    expect(sharedBuildFolder(content, { env: { SOURCE_DATE_EPOCH: '0' } })).not.toBe(folder);
    expect(sharedBuildFolder(content, { args: ['--mode', 'preview'] })).not.toBe(folder);
    const site = path.join(content, 'site.yaml');
    writeFileSync(site, `${readFileSync(site, 'utf8')} `);
    expect(sharedBuildFolder(content)).not.toBe(folder);
  });

  it('chooses its own content and cache folder', () => {
    expect(() => sharedBuildFolder('tests/fixtures/site-minimal', { env: { OOGST_CACHE_DIR: '/tmp' } })).toThrow(/OOGST_CACHE_DIR/);
  });

  it('is made once when two processes ask for it at the same time; both read that build', async () => {
    // A content folder without a site.yaml: the build stops at the content gate, so it is cheap.
    const content = mkdtempSync(path.join(os.tmpdir(), 'oogst-shared-empty-'));
    writeFileSync(path.join(content, 'leeg.txt'), `${process.pid} ${Date.now()}\n`);
    const ask = () =>
      new Promise<{ pid: number; built: SharedBuild }>((resolve, reject) => {
        const code = `import { sharedBuild } from './tests/support/shared-build.ts'; process.stdout.write(JSON.stringify(sharedBuild(process.argv[1])));`;
        const child = spawn(process.execPath, ['--input-type=module', '-e', code, content], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
        child.on('error', reject);
        child.on('close', (status) =>
          status === 0 ? resolve({ pid: child.pid!, built: JSON.parse(out) as SharedBuild }) : reject(new Error(`exit ${status}: ${out}`)),
        );
      });
    const answers = await Promise.all([ask(), ask()]);
    const [first, second] = answers.map((answer) => answer.built) as [SharedBuild, SharedBuild];
    // One of the two made it (the other waited) and both got the same build.
    expect(answers.filter((answer) => first.madeBy.startsWith(`${answer.pid}-`))).toHaveLength(1);
    expect(first.status).not.toBe(0);
    expect(first.output).toContain('site.yaml');
    expect(second).toEqual(first);
    expect(first.outDir.startsWith(path.join(os.tmpdir(), 'oogst-shared-builds'))).toBe(true);
  }, 300_000);
});
