import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The small complete content folder the tests start from. */
export const MINIMAL_CONTENT = path.resolve('tests/fixtures/site-minimal');

/** A fresh copy of the minimal content folder in a temp dir, removed by the returned cleanup. */
export function copyContent(source = MINIMAL_CONTENT): { dir: string; write: (file: string, text: string) => string; cleanup: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'oogst-editors-'));
  const dir = path.join(root, 'content');
  cpSync(source, dir, { recursive: true });
  return {
    dir,
    write: (file, text) => {
      const target = path.join(dir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
      return target;
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Runs one of the npm scripts' entry points the way npm does, with Node 24 and the resolve hook. */
export const SCRIPT_NODE = path.resolve('node_modules/.bin/node');
export const scriptArgs = (script: string, ...args: string[]) => [`scripts/${script}.ts`, ...args];
