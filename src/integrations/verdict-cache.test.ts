import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedVerdict, cachedVerdictAsync, verdictKey, type VerdictInputs } from './verdict-cache.ts';

let dir: string;
let inputs: VerdictInputs;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'oogst-verdict-'));
  mkdirSync(path.join(dir, 'content/stories'), { recursive: true });
  writeFileSync(path.join(dir, 'content/stories/a.mdx'), 'one');
  writeFileSync(path.join(dir, 'code.ts'), 'check()');
  inputs = { folders: [path.join(dir, 'content')], files: [path.join(dir, 'code.ts')], salt: 'v24' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the cached verdict of the content check', () => {
  it('changes its key with any byte, name or file of the inputs, and not with modification times', () => {
    const first = verdictKey(inputs);
    utimesSync(path.join(dir, 'content/stories/a.mdx'), new Date(), new Date(2030, 0, 1));
    expect(verdictKey(inputs)).toBe(first);
    writeFileSync(path.join(dir, 'content/stories/a.mdx'), 'onE');
    const edited = verdictKey(inputs);
    expect(edited).not.toBe(first);
    writeFileSync(path.join(dir, 'content/stories/b.mdx'), '');
    expect(verdictKey(inputs)).not.toBe(edited);
    const added = verdictKey(inputs);
    writeFileSync(path.join(dir, 'code.ts'), 'check(2)');
    expect(verdictKey(inputs)).not.toBe(added);
    expect(verdictKey({ ...inputs, salt: 'v26' })).not.toBe(verdictKey(inputs));
  });

  it('computes once, then answers from the cache until an input changes, and keeps only the latest', () => {
    const cache = path.join(dir, 'cache');
    let runs = 0;
    const check = () => [{ severity: 'warning', message: `run ${++runs}` }];
    const keep = () => true;
    expect(cachedVerdict(cache, inputs, check, keep)).toEqual({ result: [{ severity: 'warning', message: 'run 1' }], cached: false });
    expect(cachedVerdict(cache, inputs, check, keep)).toEqual({ result: [{ severity: 'warning', message: 'run 1' }], cached: true });
    writeFileSync(path.join(dir, 'content/stories/a.mdx'), 'two');
    expect(cachedVerdict(cache, inputs, check, keep)).toEqual({ result: [{ severity: 'warning', message: 'run 2' }], cached: false });
    expect(readdirSync(cache)).toHaveLength(1);
  });

  it('never stores a verdict it is told not to keep (a check with errors runs again every time)', () => {
    const cache = path.join(dir, 'cache');
    let runs = 0;
    const check = () => [{ severity: 'error', run: ++runs }];
    const keep = (found: { severity: string }[]) => !found.some((problem) => problem.severity === 'error');
    cachedVerdict(cache, inputs, check, keep);
    expect(cachedVerdict(cache, inputs, check, keep)).toEqual({ result: [{ severity: 'error', run: 2 }], cached: false });
  });

  it('keeps the verdict of a check that waits (the image pre-check) the same way, computing it once', async () => {
    const cache = path.join(dir, 'cache');
    let runs = 0;
    const check = async () => [{ severity: 'warning', run: ++runs }];
    const keep = () => true;
    expect(await cachedVerdictAsync(cache, inputs, check, keep)).toEqual({ result: [{ severity: 'warning', run: 1 }], cached: false });
    expect(await cachedVerdictAsync(cache, inputs, check, keep)).toEqual({ result: [{ severity: 'warning', run: 1 }], cached: true });
    const failing = async () => [{ severity: 'error', run: ++runs }];
    writeFileSync(path.join(dir, 'content/stories/a.mdx'), 'an image that cannot be resized');
    await cachedVerdictAsync(cache, inputs, failing, () => false);
    expect((await cachedVerdictAsync(cache, inputs, failing, () => false)).cached).toBe(false);
    expect(runs).toBe(3);
  });

  it('checks again when the stored verdict is damaged', () => {
    const cache = path.join(dir, 'cache');
    cachedVerdict(
      cache,
      inputs,
      () => ['ok'],
      () => true,
    );
    writeFileSync(path.join(cache, readdirSync(cache)[0]!), '{not json');
    expect(
      cachedVerdict(
        cache,
        inputs,
        () => ['again'],
        () => true,
      ),
    ).toEqual({ result: ['again'], cached: false });
  });
});
