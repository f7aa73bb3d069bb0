import type { HostVerdict } from './hosts.ts';
import type { OutputMeasure } from './output-size.ts';
import { median, PHASES } from './parse-log.ts';
import type { BuildRun } from './run-build.ts';
import type { SearchWeight } from './search-weight.ts';

/** One goal of issue #20 with the measured value. */
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

/** The goals of issue #20 (see its table). */
export const GOALS = {
  /** Cold build (empty caches) ÷ bare Astro cold, wall time. */
  coldRatio: 3,
  /** Warm rebuild ÷ bare Astro warm, wall and CPU, each the median of the runs in turns. */
  warmRatio: 1.25,
  /** Warm runs of each project the warm ratio is the median of. */
  warmRuns: 3,
  /** One-story edit ÷ bare Astro edit, wall time. */
  editRatio: 1.25,
  /** Files in the output (Cloudflare Pages' Free plan; see hosts.ts). */
  files: 20_000,
  /** Bytes in the output (GitHub Pages; see hosts.ts). */
  bytes: 1_000_000_000,
  /** Search code and index data a first query downloads, gzip, in bytes. */
  searchBytes: 150_000,
  /** Median CPU time to draw one card size, ms. */
  cardMs: 30,
  /** Peak RSS up to 5,000 stories (at most), MiB. */
  memoryMiB: 3 * 1024,
  /** Peak RSS above 5,000 stories, up to 10,000 (below), MiB. */
  largeMemoryMiB: 4 * 1024,
  /** Harvest size up to which the lower memory goal applies. */
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
}

const ratioOf = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > 0 ? a / b : undefined);
const times = (ratio: number | undefined) => (ratio === undefined ? '–' : `${ratio.toFixed(2)}×`);
const withThousands = (value: number) => value.toLocaleString('en-US');

/** The goals of the issue, checked against the measured builds. */
export function checkGoals({ stories, oogst, baseline, output, hosts, search }: GoalInput): GoalCheck[] {
  const runs = [oogst.cold, oogst.warm, oogst.edit, oogst.warmCi].filter((run): run is BuildRun => run !== undefined);
  const coldRatio = ratioOf(oogst.cold.seconds, baseline?.cold.seconds);
  const warmRatio = ratioOf(median(oogst.warmSeconds), baseline && median(baseline.warmSeconds));
  const warmCpuRatio = ratioOf(median(oogst.warmCpuSeconds), baseline && median(baseline.warmCpuSeconds));
  const editRatio = ratioOf(oogst.edit?.seconds, baseline?.edit?.seconds);
  const peak = Math.max(...runs.map((run) => run.peakRssMiB ?? 0));
  const memoryGoal = stories <= GOALS.memoryStories ? GOALS.memoryMiB : GOALS.largeMemoryMiB;
  const refused = hosts.filter((verdict) => !verdict.accepts);
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
      goal: `files in output ≤ ${withThousands(GOALS.files)}`,
      measured: withThousands(output.shape.files),
      met: output.shape.files <= GOALS.files,
    },
    {
      goal: `bytes in output ≤ ${withThousands(GOALS.bytes)} (1 GB)`,
      measured: withThousands(output.shape.bytes),
      met: output.shape.bytes <= GOALS.bytes,
    },
    {
      goal: 'Netlify, Cloudflare Pages and GitHub Pages accept the output',
      measured: refused.length === 0 ? 'all accept' : `refused by ${refused.map((verdict) => verdict.host).join(', ')}`,
      met: refused.length === 0,
    },
    {
      goal: `search, first query ≤ ${GOALS.searchBytes / 1000} KB gzip`,
      measured: search ? `${(search.totalGzip / 1000).toFixed(1)} KB` : 'not measured',
      met: search ? search.totalGzip <= GOALS.searchBytes : undefined,
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
      goal: `peak RSS ${stories <= GOALS.memoryStories ? '≤' : '<'} ${memoryGoal / 1024} GiB at ${withThousands(stories)} stories`,
      measured: peak > 0 ? `${peak.toFixed(0)} MiB` : 'not measured',
      met: peak > 0 ? (stories <= GOALS.memoryStories ? peak <= memoryGoal : peak < memoryGoal) : undefined,
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
  const pdfRun = (label: string, run: BuildRun | undefined) =>
    run?.pdf ? `${label} ${run.pdf.seconds.toFixed(1)} s${run.pdf.cached ? ' (from cache)' : ''}` : `${label} –`;
  const pdf = oogst.cold.pdf
    ? `final product PDF (PDF/UA-1): ${oogst.cold.pdf.kb} kB; ${pdfRun('cold', oogst.cold)}, ${pdfRun('warm', oogst.warm)}, ${pdfRun('edit', oogst.edit)}`
    : 'final product PDF: not in the build log';
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
    search,
    pdf,
    '',
    goals,
  ].join('\n');
}
