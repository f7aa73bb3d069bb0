import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// One import style: every relative import names its file, as Node's own type stripping needs,
// so `node scripts/x.ts` runs the same modules the build uses without a resolver hook.
const RELATIVE_IMPORT = /(?:\bfrom|\bimport|\bimport\(|vi\.mock\()\s*['"](\.{1,2}\/[^'"]*)['"]/g;
const NAMED_FILE = /\.(ts|mjs|js|json|astro|css|yaml|svg|png|mdx|woff2)$/;
/** A file's text through Vite (`./script.js?raw`): named too, and only in .astro files, which Node never runs. */
const RAW_IN_ASTRO = (file: string, specifier: string) => file.endsWith('.astro') && NAMED_FILE.test(specifier.replace(/\?raw$/, ''));

const sourceFiles = () =>
  execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'scripts', 'tests', '*.mjs', '*.ts'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => /\.(ts|mjs|astro)$/.test(file) && !file.startsWith('tests/fixtures/'));

describe('import style', () => {
  it('every relative import names its file', () => {
    const bare: string[] = [];
    for (const file of sourceFiles()) {
      for (const match of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
        if (!NAMED_FILE.test(match[1]!) && !RAW_IN_ASTRO(file, match[1]!)) bare.push(`${file}: ${match[1]}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it('finds imports at all (the pattern is not blind)', () => {
    const count = sourceFiles().reduce((sum, file) => sum + [...readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)].length, 0);
    expect(count).toBeGreaterThan(500);
  });
});
