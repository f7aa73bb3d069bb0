/**
 * npm run bench -- [--stories 5000] [--ideas 20000] [--tables 80] [--themes 12] [--warm-runs 3] [--no-baseline] [--no-edit] [--no-warm-ci] [--keep] [--profile]
 *
 * Generates a synthetic harvest of the given size in a temporary folder, builds it with Oogst
 * (cold, warm, as a CI host with restored caches, after editing one story) and as a bare Astro
 * project, measures time, peak memory, cards, search indexing and output size, checks the output
 * against the limits of the common static hosts, prints a table and writes
 * bench-results/<date>-<commit>.json. With --profile every build writes a CPU profile
 * (logs/<build>-profile/*.cpuprofile, open it in Chrome DevTools) and the folder is kept.
 * See "Benchmarks" in the README.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaselineProject } from './bench/baseline.ts';
import { DEFAULT_SIZE, editStory, generateHarvest, type HarvestSize } from './bench/generate.ts';
import { censusFiles, folderSize } from './bench/file-census.ts';
import { checkHosts, largestHarvests } from './bench/hosts.ts';
import { listFiles, measureOutput } from './bench/output-size.ts';
import { checkGoals, formatReport, medianRun, type BuildSeries } from './bench/report.ts';
import { runBuild, type BuildRequest, type BuildRun } from './bench/run-build.ts';
import { measureSearchWeight } from './bench/search-weight.ts';
import { measureEmbedWeight } from './bench/embed-weight.ts';

const repo = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: String(DEFAULT_SIZE.stories) },
    ideas: { type: 'string', default: String(DEFAULT_SIZE.ideas) },
    tables: { type: 'string', default: String(DEFAULT_SIZE.tables) },
    themes: { type: 'string', default: String(DEFAULT_SIZE.themes) },
    'warm-runs': { type: 'string', default: '3' },
    'no-baseline': { type: 'boolean', default: false },
    'no-edit': { type: 'boolean', default: false },
    'no-warm-ci': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(repo, 'bench-results') },
  },
});
const positive = (name: keyof HarvestSize | 'warm-runs') => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} moet een positief geheel getal zijn (gekregen: ${values[name]})`);
    process.exit(2);
  }
  return value;
};
const size: HarvestSize = {
  stories: positive('stories'),
  ideas: positive('ideas'),
  tables: positive('tables'),
  themes: positive('themes'),
};
const warmRuns = positive('warm-runs');

const git = (...args: string[]) => {
  try {
    return execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};
const commit = git('rev-parse', '--short', 'HEAD');
const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
const work = mkdtempSync(path.join(os.tmpdir(), 'oogst-bench-'));
const logDir = path.join(work, 'logs');
mkdirSync(logDir, { recursive: true });
const astroBin = path.join(repo, 'node_modules/astro/bin/astro.mjs');
const loadBefore = os.loadavg();

console.log(`bench: ${size.stories} verhalen, ${size.ideas} ideeën, ${size.tables} tafels, ${size.themes} thema's in ${work}`);
const harvest = generateHarvest(path.join(work, 'content'), size);
const editedSlug = harvest.storySlugs[Math.floor(harvest.storySlugs.length / 2)]!;

const oogstOut = path.join(work, 'oogst-dist');
// Astro's cache folder; the cards are kept in its oogst-cards/ (src/config/build-context.ts).
const oogstCache = path.join(work, 'oogst-cache');
// Oogst is built as `npm run build` builds it (scripts/build.ts: a fresh folder, swapped in when
// complete); the bare project as `astro build`. Each the command its user runs.
const oogstBuild = (label: string): BuildRequest => ({
  label,
  cwd: repo,
  entry: path.join(repo, 'scripts/build.ts'),
  args: ['--outDir', oogstOut],
  env: {
    OOGST_CONTENT_DIR: harvest.dir,
    OOGST_CACHE_DIR: oogstCache,
    // Through NODE_OPTIONS, so the Astro process that scripts/build.ts starts is profiled too.
    ...(values.profile ? { NODE_OPTIONS: profileArgs(label).join(' ') } : {}),
  },
  logDir,
});
/** Node options that make a build write its CPU profile next to its log. */
function profileArgs(label: string): string[] {
  return values.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(logDir, `${label}-profile`)}`] : [];
}
const baselineDir = path.join(work, 'baseline');
const baselineBuild = (label: string): BuildRequest => ({
  label,
  cwd: baselineDir,
  entry: astroBin,
  // Inside the project, so the prerender chunk finds node_modules.
  args: ['build', '--outDir', path.join(baselineDir, 'dist')],
  env: {},
  logDir,
  nodeArgs: profileArgs(label),
});

/** The warm figures of one project: the median of the runs that succeeded (of all when none did), and which failed. */
function warmFigures(runs: readonly BuildRun[]): Pick<BuildSeries, 'warm' | 'warmSeconds' | 'warmCpuSeconds' | 'warmFailed'> {
  const succeeded = runs.some((run) => run.ok) ? runs.filter((run) => run.ok) : runs;
  const cpu = succeeded.map((run) => run.cpuSeconds);
  return {
    warm: medianRun(succeeded),
    warmSeconds: succeeded.map((run) => run.seconds),
    // CPU seconds of each run, when GNU time measured them all.
    warmCpuSeconds: cpu.every((seconds) => seconds !== undefined) ? cpu : [],
    warmFailed: runs.filter((run) => !run.ok).map((run) => run.label),
  };
}

/** What a CI host starts from: no output of an earlier build, and content files as fresh from a checkout. */
function freshCheckout(contentDir: string, outputs: string[]): void {
  for (const folder of outputs) rmSync(folder, { recursive: true, force: true });
  const now = new Date();
  for (const file of listFiles(contentDir)) utimesSync(path.join(contentDir, file), now, now);
}

async function step(request: BuildRequest) {
  process.stdout.write(`  ${request.label} … `);
  const run = await runBuild(request);
  console.log(`${run.ok ? 'ok' : 'MISLUKT'} in ${run.seconds.toFixed(1)} s${run.ok ? '' : ` (log: ${run.logFile})`}`);
  return run;
}

const withBaseline = !values['no-baseline'];
if (withBaseline) writeBaselineProject(baselineDir, path.join(harvest.dir, 'stories'), repo);
const oogst: Partial<BuildSeries> = {};
const baseline: Partial<BuildSeries> = {};
oogst.cold = await step(oogstBuild('oogst-cold'));
if (withBaseline) baseline.cold = await step(baselineBuild('bare-cold'));
// Warm rebuilds in turns, so a slow spell of the machine falls on both projects alike.
const oogstWarm: BuildRun[] = [];
const baselineWarm: BuildRun[] = [];
for (let run = 1; run <= warmRuns; run++) {
  const suffix = warmRuns > 1 ? `-${run}` : '';
  oogstWarm.push(await step(oogstBuild(`oogst-warm${suffix}`)));
  if (withBaseline) baselineWarm.push(await step(baselineBuild(`bare-warm${suffix}`)));
}
Object.assign(oogst, warmFigures(oogstWarm));
if (withBaseline) Object.assign(baseline, warmFigures(baselineWarm));
if (!values['no-warm-ci']) {
  // A CI host: a fresh checkout (no output folder, every content file just written) with the
  // cache folders restored as the previous run saved them (Oogst: OOGST_CACHE_DIR, which holds
  // Astro's data store, the cards in oogst-cards/, the search bundle in oogst-pagefind/ and the
  // content check's verdict in oogst-check/). Oogst builds in this repository, whose .astro/
  // (generated types, written again by every build) stays; the bare project's goes.
  freshCheckout(harvest.dir, [oogstOut]);
  oogst.warmCi = await step(oogstBuild('oogst-warm-ci'));
  if (withBaseline) {
    freshCheckout(harvest.dir, [path.join(baselineDir, 'dist'), path.join(baselineDir, '.astro')]);
    baseline.warmCi = await step(baselineBuild('bare-warm-ci'));
  }
}
if (!values['no-edit']) {
  editStory(harvest.dir, editedSlug, commit);
  oogst.edit = await step(oogstBuild('oogst-edit'));
  if (withBaseline) baseline.edit = await step(baselineBuild('bare-edit'));
}

const output = measureOutput(oogstOut);
const search = await measureSearchWeight(oogstOut, 'buurt').catch((error: unknown) => {
  console.warn(`zoekmeting mislukt: ${String(error)}`);
  return undefined;
});
const embeds = measureEmbedWeight(oogstOut);
const complete = (series: Partial<BuildSeries>) => (series.cold && series.warm ? (series as BuildSeries) : undefined);
const oogstSeries = complete(oogst)!;
const baselineSeries = complete(baseline);
const hosts = checkHosts(output.shape);
const census = censusFiles(oogstOut, harvest.storySlugs);
// Astro's incremental build keeps a copy of every keyed page and its manifest in the cache folder.
const incrementalCache = folderSize(path.join(oogstCache, 'dist'));
const manifest = folderSize(path.join(oogstCache, 'incremental-build.json'));
incrementalCache.files += manifest.files;
incrementalCache.bytes += manifest.bytes;
const capacities = largestHarvests(census);
const goals = checkGoals({ stories: size.stories, oogst: oogstSeries, baseline: baselineSeries, output, hosts, search, embeds, census });
const loadAfter = os.loadavg();
const date = new Date().toISOString();
const header = [
  `Oogst bench ${date} · commit ${commit}${dirty ? ' (with uncommitted changes)' : ''} · Node ${process.version} · ${os.cpus().length} CPUs`,
  `size: ${size.stories} stories, ${size.ideas} ideas, ${size.tables} tables, ${size.themes} themes${values['no-edit'] ? '' : ` · edited story: ${editedSlug}`}`,
  `load average before ${loadBefore.map((load) => load.toFixed(1)).join(' ')}, after ${loadAfter.map((load) => load.toFixed(1)).join(' ')} (above ${os.cpus().length} means other work competed for the CPUs)`,
].join('\n');
console.log(
  '\n' +
    formatReport({
      oogst: oogstSeries,
      baseline: baselineSeries,
      output,
      hosts,
      search,
      embeds,
      census,
      incrementalCache,
      capacities,
      goals,
      header,
    }),
);

mkdirSync(values.out, { recursive: true });
const resultFile = path.join(values.out, `${date.slice(0, 16).replace(/:/g, '')}-${commit}-${size.stories}.json`);
const strip = (series: BuildSeries | undefined) =>
  series && {
    ...Object.fromEntries(
      (['cold', 'warm', 'edit', 'warmCi'] as const).map((key) => [key, series[key] && { ...series[key], logFile: undefined }]),
    ),
    warmSeconds: series.warmSeconds,
    warmCpuSeconds: series.warmCpuSeconds,
    warmFailed: series.warmFailed,
  };
writeFileSync(
  resultFile,
  JSON.stringify(
    {
      date,
      commit,
      dirty,
      node: process.version,
      cpus: os.cpus().length,
      loadBefore,
      loadAfter,
      size,
      editedStory: oogstSeries.edit ? editedSlug : undefined,
      oogst: strip(oogstSeries),
      baseline: strip(baselineSeries),
      output,
      hosts,
      census,
      incrementalCache,
      capacities,
      search,
      embeds,
      goals,
    },
    null,
    2,
  ) + '\n',
);
console.log(`\nresultaat: ${path.relative(process.cwd(), resultFile)}`);
const allOk =
  [oogstSeries.cold, oogstSeries.warm, oogstSeries.edit, oogstSeries.warmCi].every((run) => run === undefined || run.ok) &&
  (oogstSeries.warmFailed ?? []).length === 0;
// A failed build keeps its logs, so the failure can be read.
if (values.keep || values.profile || !allOk) console.log(`bestanden en logs bewaard in ${work}`);
else rmSync(work, { recursive: true, force: true });
process.exitCode = allOk ? 0 : 1;
