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
  /** Every route file Astro wrote (pages, PNG, CSV, XML …). */
  routes: number;
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
}

const ROUTE = /[├└]─ (\/\S+) \(\+(\d+)ms\)/;

export { median };

/** Astro's durations, "987ms", "2.50s" or "9m 13s", in seconds. */
export function parseDuration(text: string): number | undefined {
  const parts = [...text.matchAll(/([\d.]+)(ms|s|m)\b/g)];
  if (parts.length === 0) return undefined;
  return parts.reduce((sum, [, value, unit]) => sum + Number(value) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1), 0);
}

/** Reads the figures out of a timestamped build log. */
export function parseBuildLog(lines: readonly LogLine[]): BuildLogFigures {
  let htmlPages = 0;
  let routes = 0;
  let cardMs: number | undefined;
  let cardPublishSeconds: number | undefined;
  let renderSeconds: number | undefined;
  let inStaticRoutes = false;
  let cardsRendered: number | undefined;
  let cardsCached: number | undefined;
  let searchIndexSeconds: number | undefined;
  let previousAt: number | undefined;
  for (const { at, text } of lines) {
    const route = ROUTE.exec(text);
    if (route) {
      routes++;
      if (route[1]!.endsWith('.html')) htmlPages++;
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
    if (/zoekindex: /.test(text) && previousAt !== undefined) searchIndexSeconds = at - previousAt;
    if (text.trim() !== '') previousAt = at;
  }
  return {
    htmlPages,
    routes,
    renderSeconds,
    pagesPerSecond: renderSeconds ? htmlPages / renderSeconds : undefined,
    cardsRendered,
    cardsCached,
    cardMs,
    cardPublishSeconds,
    searchIndexSeconds,
  };
}
