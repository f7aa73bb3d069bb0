import type { FileCensus, FileCount } from './file-census.ts';
import type { HostCapacity, HostVerdict } from './hosts.ts';
import type { OutputMeasure } from './output-size.ts';
import { median, PHASES } from './parse-log.ts';
import type { BuildRun } from './run-build.ts';
import type { SearchWeight } from './search-weight.ts';
import type { EmbedWeight } from './embed-weight.ts';

/** One goal of issue #28 with the measured value. */
export interface GoalCheck {
  goal: string;
  measured: string;
  met: boolean | undefined;
}

/** The builds of one project. */
export interface BuildSeries {
  cold: BuildRun;
  /** The warm rebuild with the median wall time of `warmSeconds`. */
  warm: BuildRun;
  /** After one story changed; absent with --no-edit. */
  edit?: BuildRun | undefined;
  /**
   * A CI host's build with its caches restored: no previous output folder, every content file
   * with a fresh modification time as a new checkout has, the cache folders as the last build left them. Absent with --no-warm-ci.
   */
  warmCi?: BuildRun | undefined;
  /** Wall time of every warm rebuild, in the order they ran. */
  warmSeconds: number[];
  /** CPU time of every warm rebuild, in the order they ran (empty without GNU time). */
  warmCpuSeconds: number[];
  /** Labels of the warm rebuilds that failed; the median is taken of the others. */
  warmFailed?: string[] | undefined;
}

/**
 * The run with the median wall time (the lower middle one for an even count). On a shared 2-core
 * machine one warm rebuild of the same site varies by 15% from run to run; the median of
 * several, with the runs of both projects taken in turns, is a steadier figure than one run.
 */
export function medianRun<T extends { seconds: number }>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error('medianRun: no runs');
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** The goals of issue #28 (see its table). */
export const GOALS = {
  /** Cold build (empty caches) ÷ bare Astro cold, wall time. */
  coldRatio: 2.5,
  /** Warm rebuild ÷ bare Astro warm, wall and CPU, each the median of the runs in turns; also a CI host's warm build with its caches restored. */
  warmRatio: 0.8,
  /** Warm runs of each project the warm ratio is the median of. */
  warmRuns: 3,
  /** One-story edit ÷ bare Astro edit, wall time. */
  editRatio: 0.6,
  /** Files each story adds to the output: its page, hero image, card and search fragment (file-census.ts). */
  filesPerStory: 4,
  /** Files the output has whatever the number of stories (file-census.ts). */
  fixedFiles: 2_500,
  /** Bytes in the output (GitHub Pages; see hosts.ts). */
  bytes: 1_000_000_000,
  /** Search code and index data a first query downloads, gzip, in bytes, up to memoryStories stories. */
  searchBytes: 160_000,
  /** The same above memoryStories stories. */
  largeSearchBytes: 200_000,
  /** One embed page (/insluiten/<visual>/, self-contained), gzip, in bytes (issue 29). */
  embedBytes: 30 * 1024,
  /** Median CPU time to draw one card size, ms. */
  cardMs: 20,
  /** Peak RSS up to 5,000 stories (at most), MiB. */
  memoryMiB: 2.5 * 1024,
  /** Peak RSS above 5,000 stories, up to 10,000, MiB. */
  largeMemoryMiB: 3 * 1024,
  /** Harvest size up to which the lower memory and search goals apply. */
  memoryStories: 5_000,
} as const;
/** Sizes per card: one edited story may draw its own card in each of them, nothing else. */
export const CARD_SIZES_PER_ENTRY = 4;

/** Everything the goals are checked against. */
export interface GoalInput {
  stories: number;
  oogst: BuildSeries;
  baseline: BuildSeries | undefined;
  output: OutputMeasure;
  hosts: HostVerdict[];
  search: SearchWeight | undefined;
  /** The embed pages; undefined when the site has none or they were not measured. */
  embeds?: EmbedWeight | undefined;
  /** Files per story and fixed; undefined when not counted. */
  census?: FileCensus | undefined;
}

const ratioOf = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > 0 ? a / b : undefined);
const times = (ratio: number | undefined) => (ratio === undefined ? '–' : `${ratio.toFixed(2)}×`);
const withThousands = (value: number) => value.toLocaleString('en-US');

/** The goals of the issue, checked against the measured builds. */
export function checkGoals({ stories, oogst, baseline, output, search, embeds, census }: GoalInput): GoalCheck[] {
  const runs = [oogst.cold, oogst.warm, oogst.edit, oogst.warmCi].filter((run): run is BuildRun => run !== undefined);
  const coldRatio = ratioOf(oogst.cold.seconds, baseline?.cold.seconds);
  const warmRatio = ratioOf(median(oogst.warmSeconds), baseline && median(baseline.warmSeconds));
  const warmCpuRatio = ratioOf(median(oogst.warmCpuSeconds), baseline && median(baseline.warmCpuSeconds));
  const editRatio = ratioOf(oogst.edit?.seconds, baseline?.edit?.seconds);
  const warmCiRatio = ratioOf(oogst.warmCi?.seconds, baseline?.warmCi?.seconds);
  const peak = Math.max(...runs.map((run) => run.peakRssMiB ?? 0));
  const small = stories <= GOALS.memoryStories;
  const memoryGoal = small ? GOALS.memoryMiB : GOALS.largeMemoryMiB;
  const searchGoal = small ? GOALS.searchBytes : GOALS.largeSearchBytes;
  const warmRuns = Math.min(oogst.warmSeconds.length, baseline?.warmSeconds.length ?? 0);
  return [
    {
      goal: 'every build succeeds',
      measured: [
        ...runs.map((run) => `${run.label}: ${run.ok ? 'ok' : 'FAILED'}`),
        ...(oogst.warmFailed ?? []).map((label) => `${label}: FAILED`),
      ].join(', '),
      met: runs.every((run) => run.ok) && (oogst.warmFailed ?? []).length === 0,
    },
    {
      goal: `cold build ≤ ${GOALS.coldRatio}× bare Astro cold (wall)`,
      measured: coldRatio === undefined ? 'no baseline' : times(coldRatio),
      met: coldRatio === undefined ? undefined : coldRatio <= GOALS.coldRatio,
    },
    {
      goal: `warm rebuild ≤ ${GOALS.warmRatio}× bare Astro warm, wall and CPU, medians of ${GOALS.warmRuns} in turns`,
      measured:
        warmRatio === undefined
          ? 'no baseline'
          : `wall ${times(warmRatio)}, CPU ${times(warmCpuRatio)} (medians of ${oogst.warmSeconds.length} and ${baseline!.warmSeconds.length} runs)`,
      met:
        warmRatio === undefined || warmCpuRatio === undefined
          ? undefined
          : warmRatio <= GOALS.warmRatio && warmCpuRatio <= GOALS.warmRatio && warmRuns >= GOALS.warmRuns,
    },
    {
      goal: `one-story edit ≤ ${GOALS.editRatio}× bare Astro edit (wall)`,
      measured: editRatio !== undefined ? times(editRatio) : oogst.edit ? 'no baseline' : 'not measured',
      met: editRatio === undefined ? undefined : editRatio <= GOALS.editRatio,
    },
    {
      // Which pages show the story is proven by tests/build/incremental.test.ts; here, how many were rendered.
      goal: 'one-story edit re-renders only what depends on the story (routes rendered, beyond a warm rebuild)',
      measured: oogst.edit
        ? `${oogst.edit.routes} rendered, ${oogst.edit.reusedRoutes} reused; warm: ${oogst.warm.routes} rendered, ${oogst.warm.reusedRoutes} reused`
        : 'not measured',
      met: undefined,
    },
    {
      goal: `warm CI build (caches restored) ≤ ${GOALS.warmRatio}× bare Astro's (wall)`,
      measured: warmCiRatio !== undefined ? times(warmCiRatio) : oogst.warmCi ? 'no baseline' : 'not measured',
      met: warmCiRatio === undefined ? undefined : warmCiRatio <= GOALS.warmRatio,
    },
    {
      goal: `files per story ≤ ${GOALS.filesPerStory}, fixed files ≤ ${withThousands(GOALS.fixedFiles)}`,
      measured: census
        ? `${census.perStory.files.toFixed(2)} per story (${Object.entries(census.perStoryByKind)
            .map(([kind, files]) => `${kind} ${files.toFixed(2)}`)
            .join(', ')}), ${withThousands(census.fixed.files)} fixed`
        : 'not counted',
      met: census ? census.perStory.files <= GOALS.filesPerStory && census.fixed.files <= GOALS.fixedFiles : undefined,
    },
    {
      goal: `bytes in output ≤ ${withThousands(GOALS.bytes)} (1 GB)`,
      measured: withThousands(output.shape.bytes),
      met: output.shape.bytes <= GOALS.bytes,
    },
    {
      goal: `search, first query ≤ ${searchGoal / 1000} KB gzip`,
      measured: search ? `${(search.totalGzip / 1000).toFixed(1)} KB` : 'not measured',
      met: search ? search.totalGzip <= searchGoal : undefined,
    },
    {
      goal: `embed page ≤ ${GOALS.embedBytes / 1024} KB gzip (the largest)`,
      measured: embeds ? `${(embeds.largestGzip / 1024).toFixed(1)} KB` : 'no embed pages',
      met: embeds ? embeds.largestGzip <= GOALS.embedBytes : undefined,
    },
    {
      goal: `card draw ≤ ${GOALS.cardMs} ms median CPU per card size (cold)`,
      measured: oogst.cold.cardMs === undefined ? 'no card drawn' : `${oogst.cold.cardMs} ms`,
      met: oogst.cold.cardMs === undefined ? undefined : oogst.cold.cardMs <= GOALS.cardMs,
    },
    {
      goal: 'no card drawn on a warm rebuild',
      measured: oogst.warm.cardsRendered === undefined ? 'no cards in this build' : `${oogst.warm.cardsRendered} drawn`,
      met: oogst.warm.cardsRendered === undefined ? undefined : oogst.warm.cardsRendered === 0,
    },
    {
      goal: `one-story edit draws only that story's card (≤ ${CARD_SIZES_PER_ENTRY})`,
      measured:
        oogst.edit === undefined
          ? 'not measured'
          : oogst.edit.cardsRendered === undefined
            ? 'no cards in this build'
            : `${oogst.edit.cardsRendered} drawn`,
      met:
        oogst.edit?.cardsRendered === undefined
          ? undefined
          : oogst.edit.cardsRendered > 0 && oogst.edit.cardsRendered <= CARD_SIZES_PER_ENTRY,
    },
    {
      goal: 'no card drawn on a warm CI build',
      measured:
        oogst.warmCi === undefined
          ? 'not measured'
          : oogst.warmCi.cardsRendered === undefined
            ? 'no cards in this build'
            : `${oogst.warmCi.cardsRendered} drawn`,
      met: oogst.warmCi?.cardsRendered === undefined ? undefined : oogst.warmCi.cardsRendered === 0,
    },
    {
      goal: 'no build prints a warning (the harvest is valid)',
      measured: runs.map((run) => `${run.label}: ${run.warnings.length}`).join(', '),
      met: runs.every((run) => run.warnings.length === 0),
    },
    {
      goal: `peak RSS ≤ ${memoryGoal / 1024} GiB at ${withThousands(stories)} stories`,
      measured: peak > 0 ? `${peak.toFixed(0)} MiB` : 'not measured',
      met: peak > 0 ? peak <= memoryGoal : undefined,
    },
  ];
}

const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));
const num = (value: number | undefined, digits = 1) => (value === undefined ? '–' : value.toFixed(digits));
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Renders rows as an aligned plain-text table. */
export function formatTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  return rows.map((row) => row.map((cell, column) => pad(cell, widths[column]!)).join('  ')).join('\n');
}

/** The printed report: builds side by side, output size, goals. */
export function formatReport(result: {
  oogst: BuildSeries;
  baseline: BuildSeries | undefined;
  output: OutputMeasure;
  hosts: HostVerdict[];
  search: SearchWeight | undefined;
  embeds?: EmbedWeight | undefined;
  census?: FileCensus | undefined;
  /** The incremental build's cache (the cache folder's dist/ and its manifest) after the last build. */
  incrementalCache?: FileCount | undefined;
  capacities?: HostCapacity[] | undefined;
  goals: GoalCheck[];
  header: string;
}): string {
  const { oogst, baseline } = result;
  const buildRows = [
    [
      'build',
      'oogst s',
      'bare s',
      'ratio',
      'oogst cpu',
      'bare cpu',
      'cpu ratio',
      'pages',
      'rendered',
      'reused',
      'pages/s',
      'RSS MiB',
      'cards drawn',
      'cached',
      'draw ms/card',
      'place ms/card',
      'search s',
    ],
  ];
  for (const step of ['cold', 'warm', 'edit', 'warmCi'] as const) {
    const run = oogst[step];
    const base = baseline?.[step];
    if (!run) continue;
    buildRows.push([
      step === 'warmCi' ? 'warm CI' : step,
      num(run.seconds),
      num(base?.seconds),
      base ? `${(run.seconds / base.seconds).toFixed(2)}×` : '–',
      num(run.cpuSeconds),
      num(base?.cpuSeconds),
      base?.cpuSeconds && run.cpuSeconds ? `${(run.cpuSeconds / base.cpuSeconds).toFixed(2)}×` : '–',
      String(run.htmlPages),
      String(run.routes),
      String(run.reusedRoutes),
      num(run.pagesPerSecond, 0),
      num(run.peakRssMiB, 0),
      run.cardsRendered === undefined ? '–' : String(run.cardsRendered),
      run.cardsCached === undefined ? '–' : String(run.cardsCached),
      num(run.cardMs, 0),
      // Linking from the cache (and the zip) after the build, per card file: the cost of a cache hit.
      run.cardPublishSeconds !== undefined &&
      run.cardsRendered !== undefined &&
      run.cardsCached !== undefined &&
      run.cardsRendered + run.cardsCached > 0
        ? num((run.cardPublishSeconds * 1000) / (run.cardsRendered + run.cardsCached), 2)
        : '–',
      num(run.searchIndexSeconds),
    ]);
  }
  const runs = (series: BuildSeries | undefined) =>
    series ? series.warmSeconds.map((seconds) => seconds.toFixed(1)).join(', ') + ' s' : '–';
  const warmRuns = `warm rebuilds, in turns (the table shows the median): oogst ${runs(oogst)}; bare ${runs(baseline)}`;
  const phaseRows = [
    ['warm build phase', 'oogst s', 'bare s'],
    ...PHASES.map(({ name }) => [name, num(oogst.warm.phases[name]), num(baseline?.warm.phases[name])]),
  ];
  const routeRows = [
    ['oogst warm: routes by kind', 'count', 'total s', 'ms each'],
    ...oogst.warm.routeGroups.slice(0, 10).map(({ group, count, ms }) => [group, String(count), num(ms / 1000), num(ms / count)]),
  ];
  const sizeRows = [['output', 'files', 'raw', 'gzip', 'brotli']];
  for (const [type, size] of [['total', result.output.total] as const, ...Object.entries(result.output.byType)]) {
    if (size.files > 0) sizeRows.push([type, String(size.files), kib(size.raw), kib(size.gzip), kib(size.brotli)]);
  }
  const { shape } = result.output;
  const hostLines = [
    `largest file ${shape.largestFile.path} (${kib(shape.largestFile.bytes)}); fullest folder ${shape.fullestFolder.path}/ (${shape.fullestFolder.files} files)`,
    ...result.hosts.map(
      (verdict) => `${verdict.host}: ${verdict.accepts ? 'accepts the site' : `would REFUSE the site: ${verdict.exceeded.join('; ')}`}`,
    ),
  ].join('\n');
  const search = result.search
    ? `search, first query "${result.search.query}": ${kib(result.search.totalGzip)} in ${result.search.files} files, of which index data ${kib(result.search.dataGzip)}`
    : 'search: no /zoeken/ page or no Chromium; not measured';
  const embeds = result.embeds
    ? `embed pages: ${result.embeds.pages}, ${kib(result.embeds.totalGzip)} gzip together, largest ${result.embeds.largest} ${kib(result.embeds.largestGzip)}`
    : 'embed pages: none (no charts)';
  const pdfRun = (label: string, run: BuildRun | undefined) =>
    run?.pdf ? `${label} ${run.pdf.seconds.toFixed(1)} s${run.pdf.cached ? ' (from cache)' : ''}` : `${label} –`;
  const pdf = oogst.cold.pdf
    ? `final product PDF (PDF/UA-1): ${oogst.cold.pdf.kb} kB; ${pdfRun('cold', oogst.cold)}, ${pdfRun('warm', oogst.warm)}, ${pdfRun('edit', oogst.edit)}`
    : 'final product PDF: not in the build log';
  const { census, incrementalCache, capacities } = result;
  const censusLines = census
    ? [
        `files per story ${census.perStory.files.toFixed(2)} (${Object.entries(census.perStoryByKind)
          .map(([kind, files]) => `${kind} ${files.toFixed(2)}`)
          .join(', ')}), ${kib(census.perStory.bytes)} per story; fixed ${census.fixed.files} files, ${kib(census.fixed.bytes)}`,
        `fixed files by folder: ${census.fixedByFolder
          .slice(0, 12)
          .map((folder) => `${folder.folder} ${folder.files}`)
          .join(', ')}`,
      ].join('\n')
    : 'files per story: not counted';
  const cacheLine = incrementalCache
    ? `incremental build cache: ${incrementalCache.files} files, ${kib(incrementalCache.bytes)}`
    : 'incremental build cache: not measured';
  const capacityTable = capacities
    ? formatTable([
        ['host', 'largest harvest (stories)', 'limited by'],
        ...capacities.map((capacity) => [
          capacity.host,
          capacity.maxStories === undefined ? 'no limit' : capacity.maxStories.toLocaleString('en-US'),
          capacity.limitedBy,
        ]),
      ])
    : '';
  const goals = formatTable([
    ['goal', 'measured', 'met'],
    ...result.goals.map((goal) => [goal.goal, goal.measured, goal.met === undefined ? 'n/a' : goal.met ? 'yes' : 'NO']),
  ]);
  return [
    result.header,
    '',
    formatTable(buildRows),
    warmRuns,
    '',
    formatTable(phaseRows),
    '',
    formatTable(routeRows),
    '',
    formatTable(sizeRows),
    hostLines,
    '',
    censusLines,
    cacheLine,
    capacityTable,
    '',
    search,
    embeds,
    pdf,
    '',
    goals,
  ].join('\n');
}
