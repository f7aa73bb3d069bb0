// "No crash, ever", tried at random: breaks copies of a fixture content folder in many small ways
// (bytes, characters, YAML, Markdown, CSV cells, images), runs the check on each and builds some,
// and reports every run that crashes or ends without a Dutch message that names a content file.
// Usage: node scripts/fuzz-content.ts [--cases 200] [--builds 4] [--seed 1] [--fixture site-minimal]
// Slow with builds (each is a whole Astro build), so it is a script, not part of npm test.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent } from '../src/check/check-content.ts';
import { checkImageProcessing } from '../src/content-rules/image-processing.ts';
import { readContentModel } from '../src/model/content-model.ts';
import { formatCheckProblem } from '../src/model/problems.ts';

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const CASES = Number(option('cases', '200'));
const BUILDS = Number(option('builds', '4'));
const FIXTURE = path.resolve('tests/fixtures', option('fixture', 'site-minimal'));
let seed = Number(option('seed', '1'));

/** A small deterministic random generator (mulberry32), so a failing run can be repeated with its seed. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** What editors paste and type by accident or on purpose. */
const SNIPPETS = [
  '{',
  '}',
  '<',
  '>',
  '<!-- intern -->',
  '---',
  ': ',
  ' #zzp',
  '"',
  "'",
  '\t',
  '\r\n',
  '\u0000',
  '\u202E',
  '\u200B',
  '\uFEFF',
  '\u{E0041}',
  '\u00AD',
  '“',
  '’',
  'javascript:alert(1)',
  '[x][nergens]',
  '![foto](./images/weg.jpg)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</script>',
  '=HYPERLINK("x")',
  '@SUM(1)',
  '1.250',
  '1,5',
  '€ 1.250,00',
  '12%',
  '2021-03-04T00:30:00+02:00',
  '04-03-2021',
  '2041-01-01',
  '1921-01-01',
  '[link](/verhalen/bestaat-niet/)',
  '<Onbekend />',
  '{process.env.X}',
  'export const x = 1',
  'import x from "y"',
  '<a href="JaVaScRiPt:x">a</a>',
  '😀',
  '\u{1F3F4}',
  '%',
  '\\',
  '- ',
  '  ',
  '|',
  '>',
  '*',
  '`',
  '```',
  '~~~',
  '\n\n',
  '[',
  ']',
  '(',
  ')',
  '&#106;avascript:x',
  'data:text/html,x',
  '…',
];

/** Every file below a folder, relative to it. */
const filesBelow = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => path.relative(dir, path.join(item.parentPath, item.name)));

/** One random change to one file of the folder; returns what it did. */
function mutate(dir: string): string {
  const file = pick(filesBelow(dir));
  const full = path.join(dir, file);
  const bytes = readFileSync(full);
  const kind = pick(['insert', 'insert', 'insert', 'delete-line', 'duplicate-line', 'truncate', 'bytes', 'indent', 'empty']);
  const at = Math.floor(random() * (bytes.length + 1));
  let next: Buffer;
  switch (kind) {
    case 'insert':
      next = Buffer.concat([bytes.subarray(0, at), Buffer.from(pick(SNIPPETS)), bytes.subarray(at)]);
      break;
    case 'bytes':
      next = Buffer.concat([
        bytes.subarray(0, at),
        Buffer.from(Array.from({ length: 1 + Math.floor(random() * 8) }, () => Math.floor(random() * 256))),
        bytes.subarray(at),
      ]);
      break;
    case 'truncate':
      next = bytes.subarray(0, at);
      break;
    case 'empty':
      next = Buffer.alloc(0);
      break;
    default: {
      const lines = bytes.toString('utf8').split('\n');
      const line = Math.floor(random() * lines.length);
      if (kind === 'delete-line') lines.splice(line, 1);
      else if (kind === 'duplicate-line') lines.splice(line, 0, lines[line]!);
      else lines[line] = `  ${lines[line]}`;
      next = Buffer.from(lines.join('\n'));
    }
  }
  writeFileSync(full, next);
  return `${kind} in ${file} @${at}`;
}

/** JavaScript internals that must never be all an editor gets. */
const INTERNALS = /Cannot read propert|is not a function|undefined is not|is not iterable|Unexpected token|\n\s+at .+:\d+:\d+/;

const failures: string[] = [];
const passedCheck: { dir: string; what: string }[] = [];
const failedCheck: { dir: string; what: string }[] = [];
for (let index = 0; index < CASES; index += 1) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oogst-fuzz-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const what = Array.from({ length: 1 + Math.floor(random() * 3) }, () => mutate(dir)).join('; ');
  try {
    const model = readContentModel(dir);
    const problems = [...checkContent(dir, {}, model), ...(await checkImageProcessing(dir, model.entries, (file) => file))];
    const errors = problems.filter((problem) => problem.severity === 'error');
    for (const problem of errors)
      if (!problem.file || INTERNALS.test(problem.message)) failures.push(`case ${index} (${what}): ${formatCheckProblem(problem)}`);
    (errors.length === 0 ? passedCheck : failedCheck).push({ dir, what });
  } catch (caught) {
    failures.push(`case ${index} (${what}): the check crashed: ${caught instanceof Error ? caught.stack : String(caught)}`);
    rmSync(dir, { recursive: true, force: true });
  }
}

// Builds: the inputs the check passed first (they go furthest), then refused ones (the gate must stop them in Dutch).
const toBuild = [...passedCheck.slice(0, Math.ceil(BUILDS / 2)), ...failedCheck].slice(0, BUILDS);
for (const { dir, what } of toBuild) {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'oogst-fuzz-build-'));
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'oogst-fuzz-cache-'));
  const result = spawnSync(
    process.execPath,
    [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', path.join(outDir, 'dist')],
    {
      env: { ...process.env, OOGST_CONTENT_DIR: dir, OOGST_CACHE_DIR: cacheDir, NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  const output = `${result.stdout}\n${result.stderr}`;
  const passed = passedCheck.some((item) => item.dir === dir);
  if (passed && result.status !== 0) failures.push(`build (${what}): the check passed but the build failed:\n${output.slice(-1500)}`);
  if (!passed && result.status === 0) failures.push(`build (${what}): the check refused it but the build succeeded`);
  if (result.status !== 0 && (!/FOUT \S+/.test(output) || INTERNALS.test(output.replace(/^.*\[oogst-content-gate\].*$/gm, ''))))
    failures.push(`build (${what}): stopped without a Dutch message naming a file, or with internals:\n${output.slice(-1500)}`);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
}
for (const { dir } of [...passedCheck, ...failedCheck]) rmSync(dir, { recursive: true, force: true });

console.log(
  `${CASES} gebroken varianten: ${failedCheck.length} geweigerd, ${passedCheck.length} doorgelaten door de controle; ${toBuild.length} gebouwd; ${failures.length} problemen`,
);
for (const failure of failures) console.log(`\n${failure}`);
process.exitCode = failures.length > 0 ? 1 : 0;
