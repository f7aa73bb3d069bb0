import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// A test that is skipped, left to do or run only under a condition passes without checking
// anything. The suite has none: a test that finds nothing to check fails instead.
const SKIP = /\b(?:it|test|describe|suite|bench)\s*\.\s*(?:skip|todo|only|runIf|skipIf|fails)\b|\b(?:context|ctx)\s*\.\s*skip\s*\(/g;

const testFiles = () =>
  execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'tests'], { encoding: 'utf8' })
    .split('\n')
    .filter((file) => /\.test\.ts$/.test(file) && file !== 'tests/source/no-skips.test.ts');

describe('tests that can fail', () => {
  it('skips no test, leaves none to do and runs none only under a condition', () => {
    const found = testFiles().flatMap((file) => [...readFileSync(file, 'utf8').matchAll(SKIP)].map((match) => `${file}: ${match[0]}`));
    expect(found).toEqual([]);
  });

  it('finds what it looks for (the pattern is not blind)', () => {
    expect(testFiles().length).toBeGreaterThan(50);
    const samples = ["it.skip('x', () => {})", 'describe.runIf(ok)(', 'it.skipIf(ci)(', 'test.todo(', 'it.only(', 'context.skip()'];
    expect(samples.filter((sample) => !sample.match(SKIP))).toEqual([]);
  });
});
