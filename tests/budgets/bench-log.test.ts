import { describe, expect, it } from 'vitest';
import { median, parseBuildLog, parseDuration, routeGroup } from '../../scripts/bench/parse-log.ts';
import { typeOf } from '../../scripts/bench/output-size.ts';
import { medianRun } from '../../scripts/bench/report.ts';
import { createRandom, pickSome, slugify } from '../../scripts/bench/words.ts';

const line = (at: number, text: string) => ({ at, text });

describe('benchmark log parsing', () => {
  it('counts pages, routes, the render phase and the card and search figures of a build log', () => {
    const figures = parseBuildLog([
      line(1, ' generating static routes '),
      line(2, '06:01:54   ├─ /verhalen/a/index.html (+13ms) '),
      line(2, '06:01:54   ├─ /cijfers/x.csv (+3ms) '),
      line(3, '06:01:54   └─ /deelkaarten.json (+21ms) '),
      line(4, '06:01:55 ✓ Completed in 2.50s.'),
      line(5, '06:01:56 [oogst-cards] deelkaarten: 3 gemaakt, 5 uit cache (2 kaarten in 8 formaten), tekenen mediaan 81 ms per kaart; na de build 0.4 s om ze te plaatsen en te zippen (zip 0.3 MiB)'),
      line(9, '06:02:00 [oogst:pagefind] zoekindex: 10 pagina\'s en 4 ideeën (Nederlands) in pagefind/'),
    ]);
    expect(figures).toMatchObject({ htmlPages: 1, routes: 3, renderSeconds: 2.5, pagesPerSecond: 0.4, cardsRendered: 3, cardsCached: 5, cardMs: 81, cardPublishSeconds: 0.4, searchIndexSeconds: 4 });
  });

  it('times each phase of the build and sums render time per kind of route', () => {
    const figures = parseBuildLog([
      line(2, '08:00:02 [content] Synced content'),
      line(5, '08:00:05 [build] ✓ Completed in 1.2s.'),
      line(9, '08:00:09 [build] Building static entrypoints...'),
      line(20, ' generating static routes '),
      line(21, '08:00:21   ├─ /verhalen/een/index.html (+4ms) '),
      line(21, '08:00:21   ├─ /verhalen/twee/index.html (+6ms) '),
      line(22, '08:00:22   ├─ /verhalen/thema/wonen/2/index.html (+1.50s) '),
      line(30, ' generating optimized images '),
      line(31, '08:00:31 [build] ✓ Completed in 22s.'),
      line(40, '08:00:40 [build] Complete!'),
    ]);
    expect(figures.phases).toEqual({
      'start + content sync': 2,
      'types, build info, clear output': 7,
      'bundle (Vite)': 11,
      'render routes': 10,
      images: 1,
      'build:done hooks': 9,
    });
    expect(figures.routeGroups).toEqual([
      { group: '/verhalen/*/*/N/', count: 1, ms: 1500 },
      { group: '/verhalen/*/', count: 2, ms: 10 },
    ]);
  });

  it('names a kind of route by its first folder, with numbers as N and names as *', () => {
    expect(['/index.html', '/404.html', '/verhalen/index.html', '/verhalen/3/index.html', '/verhalen/een-verhaal/index.html', '/cijfers/tafels.csv', '/deelkaarten/verhalen/a-1200x630.png', '/rss.xml'].map(routeGroup)).toEqual([
      '/',
      '/404.html',
      '/verhalen/',
      '/verhalen/N/',
      '/verhalen/*/',
      '/cijfers/*.csv',
      '/deelkaarten/*/*.png',
      '/rss.xml',
    ]);
  });

  it('leaves figures undefined when the integrations did not run', () => {
    expect(parseBuildLog([line(0, 'nothing')])).toMatchObject({ cardsRendered: undefined, searchIndexSeconds: undefined, renderSeconds: undefined });
  });

  it('reads Astro durations in milliseconds, seconds and minutes', () => {
    expect(parseDuration('987ms')).toBeCloseTo(0.987);
    expect(parseDuration('2.50s')).toBe(2.5);
    expect(parseDuration('9m 13s')).toBe(553);
  });

  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});

describe('benchmark output and content helpers', () => {
  it('sorts built files into the kinds of the report', () => {
    expect(['index.html', '_astro/a.css', '_astro/f.woff2', 'pagefind/pagefind.js', '_astro/x.svg', 'rss.xml'].map(typeOf)).toEqual(['html', 'css', 'fonts', 'search', 'images', 'other']);
  });

  it('generates the same choices from the same seed', () => {
    const pick = () => pickSome(createRandom(7), ['a', 'b', 'c', 'd', 'e'], 3);
    expect(pick()).toEqual(pick());
    expect(new Set(pick()).size).toBe(3);
  });

  it('makes ASCII slugs of Dutch titles', () => {
    expect(slugify('Ruimte voor de café 12')).toBe('ruimte-voor-de-cafe-12');
  });
});

describe('median of the warm rebuilds', () => {
  const run = (label: string, seconds: number) => ({ label, seconds });
  it('picks the run in the middle by wall time, whatever the order they ran in', () => {
    expect(medianRun([run('1', 76.2), run('2', 64.8), run('3', 67.0)]).label).toBe('3');
    expect(medianRun([run('1', 51.9)]).label).toBe('1');
  });
  it('takes the lower middle run of an even count, and refuses none', () => {
    expect(medianRun([run('1', 4), run('2', 1), run('3', 3), run('4', 2)]).label).toBe('4');
    expect(() => medianRun([])).toThrow(/no runs/);
  });
});
