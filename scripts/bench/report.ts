import type { SizeTotals } from './output-size.ts';
import { PHASES } from './parse-log.ts';
import type { BuildRun } from './run-build.ts';

/** One goal of issue #9 with the measured value. */
export interface GoalCheck {
  goal: string;
  measured: string;
  met: boolean | undefined;
}

/** The three builds of one project. */
export interface BuildSeries {
  cold: BuildRun;
  /** The warm rebuild with the median wall time of `warmSeconds`. */
  warm: BuildRun;
  edit: BuildRun;
  /** Wall time of every warm rebuild, in the order they ran. */
  warmSeconds: number[];
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

/** Peak memory the issue allows with Node's default heap, in MiB. */
export const MEMORY_GOAL_MIB = 4096;
/** How much slower than bare Astro a warm rebuild may be. */
export const WARM_RATIO_GOAL = 1.25;
/** Sizes per card: one edited story may draw its own card in each of them, nothing else. */
export const CARD_SIZES_PER_ENTRY = 4;

/** The goals of the issue, checked against the measured builds. */
export function checkGoals(oogst: BuildSeries, baseline: BuildSeries | undefined): GoalCheck[] {
  const ratio = baseline ? oogst.warm.seconds / baseline.warm.seconds : undefined;
  const cpuRatio = baseline?.warm.cpuSeconds && oogst.warm.cpuSeconds ? oogst.warm.cpuSeconds / baseline.warm.cpuSeconds : undefined;
  const peak = Math.max(...[oogst.cold, oogst.warm, oogst.edit].map((run) => run.peakRssMiB ?? 0));
  return [
    { goal: 'every build succeeds', measured: [oogst.cold, oogst.warm, oogst.edit].map((run) => `${run.label}: ${run.ok ? 'ok' : 'FAILED'}`).join(', '), met: oogst.cold.ok && oogst.warm.ok && oogst.edit.ok },
    { goal: `warm rebuild ≤ ${WARM_RATIO_GOAL}× bare Astro warm`, measured: ratio === undefined ? 'no baseline' : `wall ${ratio.toFixed(2)}× (medians of ${oogst.warmSeconds.length} and ${baseline!.warmSeconds.length} runs), CPU ${cpuRatio?.toFixed(2) ?? '–'}×`, met: ratio === undefined ? undefined : ratio <= WARM_RATIO_GOAL },
    { goal: 'no card drawn on a warm rebuild', measured: oogst.warm.cardsRendered === undefined ? 'no cards in this build' : `${oogst.warm.cardsRendered} drawn`, met: oogst.warm.cardsRendered === undefined ? undefined : oogst.warm.cardsRendered === 0 },
    {
      goal: `one-story edit draws only that story's card (≤ ${CARD_SIZES_PER_ENTRY})`,
      measured: oogst.edit.cardsRendered === undefined ? 'no cards in this build' : `${oogst.edit.cardsRendered} drawn`,
      met: oogst.edit.cardsRendered === undefined ? undefined : oogst.edit.cardsRendered > 0 && oogst.edit.cardsRendered <= CARD_SIZES_PER_ENTRY,
    },
    { goal: `peak RSS < ${MEMORY_GOAL_MIB} MiB`, measured: peak > 0 ? `${peak.toFixed(0)} MiB` : 'not measured', met: peak > 0 ? peak < MEMORY_GOAL_MIB : undefined },
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
  output: { total: SizeTotals; byType: Record<string, SizeTotals> };
  search: { totalGzip: number; dataGzip: number; files: number; query: string } | undefined;
  goals: GoalCheck[];
  header: string;
}): string {
  const { oogst, baseline } = result;
  const buildRows = [['build', 'oogst s', 'bare s', 'ratio', 'oogst cpu', 'bare cpu', 'cpu ratio', 'pages', 'pages/s', 'RSS MiB', 'cards drawn', 'cached', 'draw ms/card', 'place ms/card', 'search s']];
  for (const step of ['cold', 'warm', 'edit'] as const) {
    const run = oogst[step];
    const base = baseline?.[step];
    buildRows.push([
      step,
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
      run.cardPublishSeconds !== undefined && run.cardsRendered !== undefined && run.cardsCached !== undefined && run.cardsRendered + run.cardsCached > 0
        ? num((run.cardPublishSeconds * 1000) / (run.cardsRendered + run.cardsCached), 2)
        : '–',
      num(run.searchIndexSeconds),
    ]);
  }
  const runs = (series: BuildSeries | undefined) => (series ? series.warmSeconds.map((seconds) => seconds.toFixed(1)).join(', ') + ' s' : '–');
  const warmRuns = `warm rebuilds, in turns (the table shows the median): oogst ${runs(oogst)}; bare ${runs(baseline)}`;
  const phaseRows = [['warm build phase', 'oogst s', 'bare s'], ...PHASES.map(({ name }) => [name, num(oogst.warm.phases[name]), num(baseline?.warm.phases[name])])];
  const routeRows = [['oogst warm: routes by kind', 'count', 'total s', 'ms each'], ...oogst.warm.routeGroups.slice(0, 10).map(({ group, count, ms }) => [group, String(count), num(ms / 1000), num(ms / count)])];
  const sizeRows = [['output', 'files', 'raw', 'gzip', 'brotli']];
  for (const [type, size] of [['total', result.output.total] as const, ...Object.entries(result.output.byType)]) {
    if (size.files > 0) sizeRows.push([type, String(size.files), kib(size.raw), kib(size.gzip), kib(size.brotli)]);
  }
  const search = result.search ? `search, first query "${result.search.query}": ${kib(result.search.totalGzip)} in ${result.search.files} files, of which index data ${kib(result.search.dataGzip)}` : 'search: no /zoeken/ page or no Chromium; not measured';
  const goals = formatTable([['goal', 'measured', 'met'], ...result.goals.map((goal) => [goal.goal, goal.measured, goal.met === undefined ? 'n/a' : goal.met ? 'yes' : 'NO'])]);
  return [result.header, '', formatTable(buildRows), warmRuns, '', formatTable(phaseRows), '', formatTable(routeRows), '', formatTable(sizeRows), '', search, '', goals].join('\n');
}
