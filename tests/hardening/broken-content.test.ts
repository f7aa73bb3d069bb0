import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { csvParseRows } from 'd3';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { resolveBuildSettings } from '../../src/config/build-context.ts';
import { hasMetadata } from '../../src/images/published-images.ts';
import { runCheck } from '../../scripts/lib/run-check.ts';
import { runFollowUpImport } from '../../scripts/lib/run-followup-import.ts';
import { runImport } from '../../scripts/lib/run-import.ts';
import {
  buildSiteAsync,
  buildStoppedByGate,
  copyFixture,
  freshCacheDir,
  removeBuildOutput,
  type BuildResult,
} from '../support/build-site.ts';
import { buildsAlone, conflict, planBuildGroups, sharedBuild, type GroupableCase } from '../support/corpus-groups.ts';

/** One case of tests/fixtures/broken/<name>/case.yaml; its content/ folder is laid over a copy of site-minimal. */
interface BrokenCase {
  name: string;
  what: string;
  /** fail: the build stops with a message; safe: the build succeeds and renders the input harmlessly. */
  expect: 'fail' | 'safe';
  /** The content file the message must name (relative to the content folder). */
  file?: string;
  /** Files or folders of site-minimal to delete. */
  remove?: string[];
  /** Patterns the build output must contain: what is wrong and how to fix it. */
  output?: string[];
  /** Built pages that must exist, with text they must or must not contain. */
  pages?: { file: string; contains?: string[]; excludes?: string[] }[];
  /** The line the messages of build and check must name, with the file (`file:line`). */
  line?: number;
  /** The message, without its place, that build, check and (for `import` cases) the import all give (a regular expression). */
  message?: string;
  /**
   * For a broken tables.csv or ideas.csv: the collection `npm run import` reads the case's file as;
   * it must refuse it with the same row and message. `opvolging`: the case's `import.csv` holds the
   * broken follow-up as a spreadsheet, which the follow-up import must refuse with the same message.
   */
  import?: 'tables' | 'ideas' | 'opvolging';
  /** For `safe` cases: regular expressions no file path in the output may match (an original photo, a draft's image). */
  absentFiles?: string[];
  /** For `safe` cases: every raster image in the output is free of EXIF, XMP, IPTC and ICC data. */
  imagesWithoutMetadata?: boolean;
  /** For `safe` cases: no cell of any CSV file in the output starts as a formula would (=, +, -, @, tab, return) unless it is a number. */
  csvCellsNeutralised?: boolean;
  /** For `safe` cases: text that no output file may hold, in any form the bytes carry it (a name in a photo, a path in an SVG). */
  absentText?: string[];
}

const CORPUS = path.resolve('tests/fixtures/broken');
const cases: BrokenCase[] = readdirSync(CORPUS)
  .filter((name) => existsSync(path.join(CORPUS, name, 'case.yaml')))
  .sort()
  .map((name) => ({ name, ...(yaml.load(readFileSync(path.join(CORPUS, name, 'case.yaml'), 'utf8')) as Omit<BrokenCase, 'name'>) }));

/** JavaScript internals that must never be all an editor gets. */
const INTERNALS = /Cannot read propert|is not a function|undefined is not|is not iterable|Unexpected token/;

/** A copy of site-minimal with the changes of one case, or of several whose changes touch no common file. */
function contentOf(...brokenCases: BrokenCase[]): string {
  const dir = copyFixture('site-minimal');
  for (const brokenCase of brokenCases)
    for (const removed of brokenCase.remove ?? []) rmSync(path.join(dir, removed), { recursive: true, force: true });
  for (const brokenCase of brokenCases) {
    const overlay = path.join(CORPUS, brokenCase.name, 'content');
    if (existsSync(overlay)) cpSync(overlay, dir, { recursive: true });
  }
  return dir;
}

/**
 * The environment `npm run check` starts with. Taken when the file loads: an in-process build
 * changes process.env while it runs, and the cases run side by side.
 */
const COMMAND_ENV: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
/** The command line of `npm run check`: no `--mode preview`. */
const CHECK_ARGV = [process.execPath, 'scripts/check.ts'];

/** The folders of a build's cache (`cacheDir`) that seed later builds: its share cards and its final product PDF (src/config/build-context.ts). */
function seedFoldersOf(cacheDir: string): string[] {
  const { cardCacheDir, pdfCacheDir } = resolveBuildSettings({ ...COMMAND_ENV, OOGST_CACHE_DIR: cacheDir });
  return [cardCacheDir, pdfCacheDir];
}

/**
 * The cache folder of the first safe build (see `seedGroup`), whose share cards and PDF every
 * later one starts with. Both caches key what they keep on everything that makes it: a card on
 * its drawn text, size, fonts and drawing code (src/cards/card-cache.ts), the PDF on its Typst
 * source, images, fonts, compiler and build date (src/pdf/pdf-cache.ts). So a later build takes
 * from them only what its own content would make byte for byte, and makes the rest itself;
 * nothing else of the cache is shared (the content gate's verdict, the data store and the
 * incremental pages stay fresh).
 */
let seedCache: string | undefined;

/**
 * Builds a content folder with its own cache, so no case sees another's content (only cards and
 * the PDF, see above). A case that must fail stops at the content gate, before Astro reads
 * anything: it builds in this process (Astro's own build(), without starting Node and Astro a
 * hundred times); a safe case is a whole build, run as `astro build`. With `keep`, a safe build's
 * cache folder is kept and passed to it instead of deleted.
 * (tests/build/fixture-site.test.ts and safe-build.test.ts run failing builds through the CLI and scripts/build.ts.)
 */
/**
 * The corpus's safe builds, two at a time: fixture builds run side by side, each in a view of the
 * project of its own (tests/support/project-view.ts). The corpus is the suite's longest file, so
 * its builds may take both cores while the failing cases run in this process between them.
 */
const twoBuildsAtATime = limitConcurrency(2);

async function buildCase(dir: string, expected: BrokenCase['expect'], keep?: (cacheDir: string) => void) {
  const cacheDir = freshCacheDir();
  if (expected === 'safe' && seedCache !== undefined) {
    const targets = seedFoldersOf(cacheDir);
    for (const [index, folder] of seedFoldersOf(seedCache).entries())
      if (existsSync(folder)) cpSync(folder, targets[index]!, { recursive: true });
  }
  const result =
    expected === 'fail'
      ? await buildStoppedByGate(dir, { OOGST_CACHE_DIR: cacheDir })
      : await twoBuildsAtATime(() => buildSiteAsync(dir, { OOGST_CACHE_DIR: cacheDir }));
  if (keep) keep(cacheDir);
  else rmSync(cacheDir, { recursive: true, force: true });
  return result;
}

const SITE_MINIMAL = path.resolve('tests/fixtures/site-minimal');

/** The files a case writes over site-minimal, relative to the content folder. */
const writtenFiles = (brokenCase: BrokenCase) => filesBelow(path.join(CORPUS, brokenCase.name, 'content'));

/** What planBuildGroups needs of a safe case: the files it changes, their texts and the texts its pages must show. */
function groupable(brokenCase: BrokenCase): GroupableCase {
  const writes = writtenFiles(brokenCase);
  const ownTexts = writes.map((file) => readFileSync(path.join(CORPUS, brokenCase.name, 'content', file), 'utf8'));
  const replaced = writes.filter((file) => existsSync(path.join(SITE_MINIMAL, file)));
  return {
    name: brokenCase.name,
    writes,
    removes: brokenCase.remove ?? [],
    ownTexts,
    texts: [...ownTexts, ...replaced.map((file) => readFileSync(path.join(SITE_MINIMAL, file), 'utf8'))],
    sought: (brokenCase.pages ?? []).flatMap((page) => page.contains ?? []),
  };
}

/**
 * The safe cases in groups that share one build (tests/support/corpus-groups.ts): cases whose
 * changes touch no common file, name none of each other's files and hold none of the texts the
 * others look for, so each case's assertions are about its own content. A case that changes
 * site.yaml or deletes part of site-minimal, and every case its group cannot take, builds alone.
 */
const groupOf = new Map<string, { members: BrokenCase[]; build: ReturnType<typeof sharedBuild<BuildResult>> }>();
const plannedGroups = planBuildGroups(cases.filter((brokenCase) => brokenCase.expect === 'safe').map(groupable));
/**
 * The group that builds first, with an empty cache; its cards and PDF seed every later safe build.
 * The one that writes the fewest files: what it makes is most like site-minimal's, which is what
 * the other cases mostly keep.
 */
const seedGroup = plannedGroups.reduce<GroupableCase[] | undefined>(
  (best, group) =>
    best === undefined || group.flatMap((item) => item.writes).length < best.flatMap((item) => item.writes).length ? group : best,
  undefined,
);
for (const planned of plannedGroups) {
  const members = planned.map((item) => cases.find((brokenCase) => brokenCase.name === item.name)!);
  const build = sharedBuild(
    members.length,
    async () => {
      const dir = contentOf(...members);
      try {
        const keepSeed = (cacheDir: string) => void (seedCache = cacheDir);
        return await buildCase(dir, 'safe', planned === seedGroup ? keepSeed : undefined);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    (built) => removeBuildOutput(built.outDir),
  );
  const group = { members, build };
  for (const member of members) groupOf.set(member.name, group);
}

/**
 * `npm run check` on a content folder, alongside the build: the command's own code
 * (scripts/lib/run-check.ts) with the settings the command would resolve there, in this process
 * rather than in a Node started per case; the lines are those the command prints.
 * (tests/editors/check.test.ts runs the command itself.)
 */
async function checkCase(dir: string): Promise<{ status: number; output: string }> {
  const { lines, ok } = await runCheck(resolveBuildSettings({ ...COMMAND_ENV, OOGST_CONTENT_DIR: dir }, process.cwd(), CHECK_ARGV));
  return { status: ok ? 0 : 1, output: lines.join('\n') };
}

/**
 * `npm run import -- <collection> <the case's CSV> --replace --dry-run` on a fresh copy of
 * site-minimal: the file is checked as the whole content file would be, and nothing is written.
 * The command's own code (scripts/lib/run-import.ts, run-followup-import.ts), in this process;
 * tests/editors/import.test.ts runs the command itself.
 */
function importCase(brokenCase: BrokenCase) {
  const dir = copyFixture('site-minimal');
  const folder = path.join('tests/fixtures/broken', brokenCase.name);
  const source =
    brokenCase.import === 'opvolging' ? path.join(folder, 'import.csv') : path.join(folder, 'content', `${brokenCase.import!}.csv`);
  const options = { replace: true, dryRun: true };
  try {
    const result =
      brokenCase.import === 'opvolging' ? runFollowUpImport(source, dir, options) : runImport(brokenCase.import!, source, dir, options);
    return { status: result.ok ? 0 : 1, output: result.report.join('\n'), source };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every file below a folder, relative to it. */
function filesBelow(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    : [];
}

describe('bad input: every broken content case gets the same verdict from the build, npm run check and (for CSV files) npm run import', () => {
  it('has a corpus of at least 70 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(70);
  });

  it('builds every safe case in one group, with no member that conflicts with another, and alone what must be', () => {
    const safe = cases.filter((brokenCase) => brokenCase.expect === 'safe');
    const groups = [...new Set(groupOf.values())];
    expect(groups.flatMap((group) => group.members.map((member) => member.name)).sort()).toEqual(safe.map((brokenCase) => brokenCase.name));
    for (const { members } of groups) {
      const items = members.map(groupable);
      if (items.length > 1) expect(items.filter((item) => buildsAlone(item) !== undefined).map((item) => item.name)).toEqual([]);
      for (const [index, item] of items.entries())
        for (const other of items.slice(index + 1)) expect(conflict(item, other), `${item.name} and ${other.name}`).toBeUndefined();
    }
    // The corpus's many cases that rewrite one story (stories/boodschappen-voor-de-straat.mdx) each build in another group.
    expect(groups.length, 'groups of safe cases').toBeLessThan(safe.length);
  });

  // The seed group builds before every other safe build, so they all start with its cards and PDF. Then
  // every group's build is started, in the order the tests come: they run two at a time
  // (`twoBuildsAtATime`) while the failing cases run in this process, and each safe case's test
  // takes its group's build when it comes.
  beforeAll(async () => {
    if (seedGroup === undefined) return;
    const seeded = await groupOf.get(seedGroup[0]!.name)!.build.result();
    // A seed build that failed may have made no cards (the later builds then make them); its members' tests say why it failed.
    if (seeded.status === 0)
      expect(
        filesBelow(seedFoldersOf(seedCache!)[0]!).filter((file) => file.endsWith('.png')).length,
        'the first safe build drew share cards',
      ).toBeGreaterThan(0);
    for (const group of new Set(cases.flatMap((brokenCase) => groupOf.get(brokenCase.name) ?? [])))
      // A build that throws fails the tests of its members, which await it.
      group.build.result().catch(() => undefined);
  });
  afterAll(() => {
    if (seedCache !== undefined) rmSync(seedCache, { recursive: true, force: true });
  });

  // Failing cases two at a time, in this process: while one runs its gate-stopped build (they take
  // turns), the other runs its `npm run check` and `npm run import`. The safe cases' builds run
  // beside them, two at a time (see beforeAll), so the file keeps both cores busy; a safe case
  // takes no turn while it waits for its build.
  const twoAtATime = limitConcurrency(2);
  for (const brokenCase of cases) {
    it.concurrent(
      `${brokenCase.name}: ${brokenCase.what}`,
      ({ expect }) => (brokenCase.expect === 'safe' ? runCase(brokenCase, expect) : twoAtATime(() => runCase(brokenCase, expect))),
      600_000,
    );
  }
});

/** At most `limit` of the returned function's tasks run at once; the rest wait in order. */
function limitConcurrency(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/** One case: the build, the check and (for CSV files) the import, each with every assertion the case asks for. */
async function runCase(brokenCase: BrokenCase, expect: ExpectStatic) {
  const dir = contentOf(brokenCase);
  try {
    if (brokenCase.expect === 'fail') await runFailingCase(brokenCase, dir, expect);
    else await runSafeCase(brokenCase, dir, expect);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A case the build, the check and the import must refuse, with the same message, and leave no output. */
async function runFailingCase(brokenCase: BrokenCase, dir: string, expect: ExpectStatic) {
  const checked = checkCase(dir);
  const { status, output, outDir } = await buildCase(dir, 'fail');
  const check = await checked;
  try {
    expect(status, output).not.toBe(0);
    expect(check.status, `npm run check gives the same verdict as the build\n${check.output}`).toBe(1);
    expect(brokenCase.file, 'a failing case names the file the editor must fix').toBeDefined();
    const where = brokenCase.line === undefined ? brokenCase.file! : `${brokenCase.file!}:${brokenCase.line}`;
    expect(output, 'the build names the file (and line)').toContain(where);
    expect(check.output, 'the check names the file (and line)').toContain(where);
    for (const pattern of brokenCase.output ?? []) {
      expect(output).toMatch(new RegExp(pattern));
      expect(check.output).toMatch(new RegExp(pattern));
    }
    if (brokenCase.message !== undefined) {
      expect(output, 'the build gives the shared message').toMatch(new RegExp(brokenCase.message));
      expect(check.output, 'the check gives the shared message').toMatch(new RegExp(brokenCase.message));
    }
    if (brokenCase.import !== undefined) {
      expect(brokenCase.message, 'an import case names the message all three give').toBeDefined();
      const imported = importCase(brokenCase);
      expect(imported.status, `npm run import refuses the file too\n${imported.output}`).toBe(1);
      expect(imported.output, 'the import names the file').toContain(imported.source);
      // A CSV case's line is the row the import names; a follow-up's spreadsheet has rows of its own.
      const row = brokenCase.import === 'opvolging' ? undefined : brokenCase.line;
      if (row !== undefined) expect(imported.output, 'the import names the row').toContain(`rij ${row}: `);
      expect(imported.output, 'the import gives the same message').toMatch(
        new RegExp(row === undefined ? brokenCase.message! : `rij ${row}: ${brokenCase.message!}`),
      );
      expect(imported.output).not.toMatch(INTERNALS);
    }
    expect(output).not.toMatch(INTERNALS);
    expect(check.output).not.toMatch(INTERNALS);
    expect(filesBelow(outDir), 'nothing of a refused build reaches the output').toEqual([]);
  } finally {
    removeBuildOutput(outDir);
  }
}

/**
 * A case the build must publish harmlessly. Its check runs on its own content. Its build is
 * that of its group (see `groupOf`) when the group's build succeeded and every assertion of the
 * case holds there, each message it expects given for one of its own files; otherwise the case
 * is built alone, as every case was before, and that build decides.
 */
async function runSafeCase(brokenCase: BrokenCase, dir: string, expect: ExpectStatic) {
  const group = groupOf.get(brokenCase.name)!;
  try {
    const check = await checkCase(dir);
    expect(check.status, `npm run check gives the same verdict as the build\n${check.output}`).toBe(0);
    const built = await group.build.result();
    if (group.members.length === 1) return await assertPublishedSafely(brokenCase, built, expect);
    try {
      if (built.status !== 0) throw new Error(`de build van de groep mislukte (${group.members.map((member) => member.name).join(', ')})`);
      await assertPublishedSafely(brokenCase, built, expect, writtenFiles(brokenCase));
      return;
    } catch (error) {
      // The case's own build decides; the group's result may be due to another case.
      console.warn(
        `${brokenCase.name}: alleen gebouwd, want in de groep: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
      );
    }
    const alone = await buildCase(dir, 'safe');
    try {
      await assertPublishedSafely(brokenCase, alone, expect);
    } finally {
      removeBuildOutput(alone.outDir);
    }
  } finally {
    await group.build.release();
  }
}

/**
 * Every assertion of a safe case on a build. In a group's build (`ownFiles` given), each message
 * the case expects must also be given for one of the files the case itself writes.
 */
async function assertPublishedSafely(
  brokenCase: BrokenCase,
  { status, output, outDir }: BuildResult,
  expect: ExpectStatic,
  ownFiles?: string[],
) {
  expect(status, output).toBe(0);
  for (const pattern of brokenCase.output ?? []) {
    expect(output).toMatch(new RegExp(pattern));
    if (ownFiles !== undefined)
      expect(
        output.split('\n').some((line) => new RegExp(pattern).test(line) && ownFiles.some((file) => line.includes(`/${file}`))),
        `the build gives ${pattern} for one of the case's own files`,
      ).toBe(true);
  }
  for (const page of brokenCase.pages ?? []) {
    const file = path.join(outDir, page.file);
    expect(existsSync(file), page.file).toBe(true);
    const html = readFileSync(file, 'utf8');
    for (const text of page.contains ?? []) expect(html).toContain(text);
    for (const text of page.excludes ?? []) expect(html).not.toContain(text);
  }
  const published = filesBelow(outDir);
  for (const pattern of brokenCase.absentFiles ?? [])
    expect(
      published.filter((file) => new RegExp(pattern).test(file)),
      `no output file matches ${pattern}`,
    ).toEqual([]);
  for (const text of brokenCase.absentText ?? [])
    expect(
      published.filter((file) => readFileSync(path.join(outDir, file)).includes(Buffer.from(text))),
      `no output file holds "${text}"`,
    ).toEqual([]);
  if (brokenCase.csvCellsNeutralised) {
    const csvFiles = published.filter((file) => file.endsWith('.csv'));
    expect(csvFiles.length, 'the case publishes CSV files').toBeGreaterThan(0);
    for (const file of csvFiles) {
      const cells = csvParseRows(readFileSync(path.join(outDir, file), 'utf8').replace(/^\uFEFF/, '')).flat();
      expect(
        cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !Number.isFinite(Number(cell))),
        `${file}: cells a spreadsheet would run`,
      ).toEqual([]);
    }
  }
  if (brokenCase.imagesWithoutMetadata) {
    const rasters = published.filter((file) => /\.(png|jpe?g|webp|avif|gif)$/i.test(file) && !file.startsWith('deelkaarten/'));
    expect(rasters.length, 'the case publishes raster images').toBeGreaterThan(0);
    for (const file of rasters) expect(await hasMetadata(readFileSync(path.join(outDir, file))), file).toBe(false);
  }
}
