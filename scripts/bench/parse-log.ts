import { median } from '../../src/cards/median.ts';

/** A line of build output and when it arrived, in seconds since the build started. */
export interface LogLine {
  at: number;
  text: string;
}

/** Figures read from Astro's build log and the Oogst integrations' log lines. */
export interface BuildLogFigures {
  /** HTML pages Astro wrote. */
  htmlPages: number;
  /** Every route file Astro rendered (pages, PNG, CSV, XML …). */
  routes: number;
  /** Route files the incremental build copied from its cache instead of rendering ("(cached)", "(restored)"). */
  reusedRoutes: number;
  /** Duration of Astro's "generating static routes" phase, in seconds. */
  renderSeconds: number | undefined;
  /** HTML pages per second of that phase. */
  pagesPerSecond: number | undefined;
  /** Share cards drawn and taken from the cache (from the cards integration), when it ran. */
  cardsRendered: number | undefined;
  cardsCached: number | undefined;
  /** Median CPU time to draw one card size, in ms, as the cards integration logs it; undefined when none was drawn. */
  cardMs: number | undefined;
  /** Seconds the cards integration spent after the build linking cards from the cache and writing the zip. */
  cardPublishSeconds: number | undefined;
  /** Time from the log line before the search-index line to that line, in seconds. */
  searchIndexSeconds: number | undefined;
  /** The final product's PDF as the PDF integration logs it: size, seconds to make (or fetch) it, from the cache or not. */
  pdf: { kb: number; seconds: number; cached: boolean } | undefined;
  /** Seconds spent in each phase of the build, in the order they ran (see PHASES). */
  phases: Record<string, number>;
  /** Render time summed per kind of route (see routeGroup), slowest first. */
  routeGroups: RouteGroup[];
  /** Astro's `[WARN]` lines, as printed: a build of a valid site prints none. */
  warnings: string[];
}

/** Routes of one kind, e.g. every story page ("/verhalen/*\/"), with their summed render time. */
export interface RouteGroup {
  group: string;
  count: number;
  ms: number;
}

/**
 * Phases of an Astro build, each ending at the first log line that matches after the previous
 * phase ended: where the time goes, so a slow build can be read without a profiler.
 */
export const PHASES: readonly { name: string; endsAt: RegExp }[] = [
  { name: 'start + content sync', endsAt: /\[content\] Synced content/ },
  // Includes emptying the output folder of the previous build, which takes long with many files.
  { name: 'types, build info, clear output', endsAt: /Building static entrypoints/ },
  { name: 'bundle (Vite)', endsAt: /generating static routes/ },
  { name: 'render routes', endsAt: /generating optimized images/ },
  { name: 'images', endsAt: /\[build\] ✓ Completed in/ },
  { name: 'build:done hooks', endsAt: /\[build\] Complete!/ },
];

const ROUTE = /[├└]─ (\/\S+) \(\+([\d.]+)(ms|s)\)/;
const REUSED = /[├└]─ \/\S+ \((cached|restored)\)/;

export { median };

/** Astro's durations, "987ms", "2.50s" or "9m 13s", in seconds. */
export function parseDuration(text: string): number | undefined {
  const parts = [...text.matchAll(/([\d.]+)(ms|s|m)\b/g)];
  if (parts.length === 0) return undefined;
  return parts.reduce((sum, [, value, unit]) => sum + Number(value) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1), 0);
}

/**
 * The kind of a route: its first folder kept, numbers as N, other names as *, e.g.
 * /verhalen/een-verhaal/index.html → /verhalen/*\/ and /verhalen/thema/wonen/2/index.html → /verhalen/*\/*\/N/.
 */
export function routeGroup(route: string): string {
  const parts = route.split('/').filter(Boolean);
  const page = parts.at(-1) === 'index.html';
  if (page) parts.pop();
  const group = parts.map((part, index) => {
    if (index === 0 && (parts.length > 1 || page)) return part;
    if (/^\d+$/.test(part)) return 'N';
    const extension = /\.[a-z0-9]+$/i.exec(part)?.[0];
    return index === parts.length - 1 && extension && !page ? (index === 0 ? part : `*${extension}`) : '*';
  });
  return `/${group.join('/')}${page && group.length > 0 ? '/' : ''}`;
}

/** Reads the figures out of a timestamped build log. */
export function parseBuildLog(lines: readonly LogLine[]): BuildLogFigures {
  let htmlPages = 0;
  let routes = 0;
  let reusedRoutes = 0;
  let cardMs: number | undefined;
  let cardPublishSeconds: number | undefined;
  let renderSeconds: number | undefined;
  let inStaticRoutes = false;
  let cardsRendered: number | undefined;
  let cardsCached: number | undefined;
  let searchIndexSeconds: number | undefined;
  let pdf: BuildLogFigures['pdf'];
  let previousAt: number | undefined;
  const phases: Record<string, number> = {};
  let phase = 0;
  let phaseStart = 0;
  const groups = new Map<string, RouteGroup>();
  const warnings: string[] = [];
  for (const { at, text } of lines) {
    if (/\[WARN\]/.test(text)) warnings.push(text.trim());
    if (REUSED.test(text)) reusedRoutes++;
    const route = ROUTE.exec(text);
    if (route) {
      routes++;
      const ms = Number(route[2]) * (route[3] === 's' ? 1000 : 1);
      if (route[1]!.endsWith('.html')) htmlPages++;
      const key = routeGroup(route[1]!);
      const group = groups.get(key) ?? { group: key, count: 0, ms: 0 };
      group.count++;
      group.ms += ms;
      groups.set(key, group);
    }
    const next = PHASES[phase];
    if (next && next.endsAt.test(text)) {
      phases[next.name] = at - phaseStart;
      phaseStart = at;
      phase++;
    }
    if (text.includes('generating static routes')) inStaticRoutes = true;
    const completed = /Completed in (.+?)\.\s*$/.exec(text);
    if (inStaticRoutes && completed) {
      renderSeconds = parseDuration(completed[1]!);
      inStaticRoutes = false;
    }
    const cards = /deelkaarten: (\d+) gemaakt, (\d+) uit cache/.exec(text);
    if (cards) [cardsRendered, cardsCached] = [Number(cards[1]), Number(cards[2])];
    const drawn = /tekenen mediaan (\d+) ms per kaart/.exec(text);
    if (drawn) cardMs = Number(drawn[1]);
    const placed = /na de build ([\d.]+) s om ze te plaatsen/.exec(text);
    if (placed) cardPublishSeconds = Number(placed[1]);
    const document = /eindproduct-pdf: \S+ (\d+) kB in ([\d.]+) s( \(uit cache\))?/.exec(text);
    if (document) pdf = { kb: Number(document[1]), seconds: Number(document[2]), cached: document[3] !== undefined };
    if (/zoekindex: /.test(text) && previousAt !== undefined) searchIndexSeconds = at - previousAt;
    if (text.trim() !== '') previousAt = at;
  }
  return {
    htmlPages,
    routes,
    reusedRoutes,
    renderSeconds,
    pagesPerSecond: renderSeconds ? htmlPages / renderSeconds : undefined,
    cardsRendered,
    cardsCached,
    cardMs,
    cardPublishSeconds,
    searchIndexSeconds,
    pdf,
    phases,
    routeGroups: [...groups.values()].sort((a, b) => b.ms - a.ms),
    warnings,
  };
}
