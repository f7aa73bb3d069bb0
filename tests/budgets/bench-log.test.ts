import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { censusFiles, folderSize } from '../../scripts/bench/file-census.ts';
import { checkHosts, largestHarvests } from '../../scripts/bench/hosts.ts';
import { median, parseBuildLog, parseDuration, routeGroup } from '../../scripts/bench/parse-log.ts';
import { measureOutput, typeOf, type OutputMeasure } from '../../scripts/bench/output-size.ts';
import { checkGoals, medianRun, type BuildSeries, type GoalCheck } from '../../scripts/bench/report.ts';
import type { BuildRun } from '../../scripts/bench/run-build.ts';
import { createRandom, pickSome, slugify } from '../../scripts/bench/words.ts';

const line = (at: number, text: string) => ({ at, text });

describe('benchmark log parsing', () => {
  it('counts pages, routes, the render phase and the card and search figures of a build log', () => {
    const figures = parseBuildLog([
      line(1, ' generating static routes '),
      line(2, '06:01:54   ├─ /verhalen/a/index.html (+13ms) '),
      line(2, '06:01:54   ├─ /cijfers/x.csv (+3ms) '),
      line(3, '06:01:54   └─ /deelkaarten.json (+21ms) '),
      line(3, '06:01:54   ├─ /verhalen/b/index.html (restored)'),
      line(3, '06:01:54   ├─ /verhalen/c/index.html (cached)'),
      line(4, '06:01:55 ✓ Completed in 2.50s.'),
      line(
        5,
        '06:01:56 [oogst-cards] deelkaarten: 3 gemaakt, 5 uit cache (2 kaarten in 8 formaten), tekenen mediaan 81 ms per kaart; na de build 0.4 s om ze te plaatsen en te zippen (zip 0.3 MiB)',
      ),
      line(9, "06:02:00 [oogst:pagefind] zoekindex: 10 pagina's en 4 ideeën (Nederlands) in pagefind/"),
      line(9, '06:02:00 [oogst-product-pdf] eindproduct-pdf: voorbeeldstad.pdf 301 kB in 1.8 s (uit cache)'),
    ]);
    expect(figures).toMatchObject({
      htmlPages: 1,
      routes: 3,
      reusedRoutes: 2,
      renderSeconds: 2.5,
      pagesPerSecond: 0.4,
      cardsRendered: 3,
      cardsCached: 5,
      cardMs: 81,
      cardPublishSeconds: 0.4,
      searchIndexSeconds: 4,
      pdf: { kb: 301, seconds: 1.8, cached: true },
    });
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
    expect(
      [
        '/index.html',
        '/404.html',
        '/verhalen/index.html',
        '/verhalen/3/index.html',
        '/verhalen/een-verhaal/index.html',
        '/cijfers/tafels.csv',
        '/deelkaarten/verhalen/a-1200x630.png',
        '/rss.xml',
      ].map(routeGroup),
    ).toEqual(['/', '/404.html', '/verhalen/', '/verhalen/N/', '/verhalen/*/', '/cijfers/*.csv', '/deelkaarten/*/*.png', '/rss.xml']);
  });

  it('keeps the warnings Astro printed', () => {
    const warning = '[WARN] [content] The collection "sources" does not exist or is empty.';
    expect(parseBuildLog([line(0, 'nothing'), line(1, `03:10:00 ${warning}`)]).warnings).toEqual([`03:10:00 ${warning}`]);
    expect(parseBuildLog([line(0, 'nothing')]).warnings).toEqual([]);
  });

  it('leaves figures undefined when the integrations did not run', () => {
    expect(parseBuildLog([line(0, 'nothing')])).toMatchObject({
      cardsRendered: undefined,
      searchIndexSeconds: undefined,
      pdf: undefined,
      renderSeconds: undefined,
    });
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
    expect(['index.html', '_astro/a.css', '_astro/f.woff2', 'pagefind/pagefind.js', '_astro/x.svg', 'rss.xml'].map(typeOf)).toEqual([
      'html',
      'css',
      'fonts',
      'search',
      'images',
      'other',
    ]);
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

describe('static hosts against the built output', () => {
  const shape = (files: number, bytes: number, largest = 1000, fullest = 10) => ({
    files,
    bytes,
    largestFile: { path: 'deelkaarten/verhalen.zip', bytes: largest },
    fullestFolder: { path: 'deelkaarten/verhalen', files: fullest },
  });

  it('names each host that would refuse the site and why', () => {
    // The figures of the 5,000-story run in issue 20: 61,610 files, 2.85 GB.
    const verdicts = checkHosts(shape(61_610, 2_850_000_000, 30 * 2 ** 20, 55_000));
    expect(verdicts.map((verdict) => [verdict.host, verdict.accepts])).toEqual([
      ['Netlify', false],
      ['Cloudflare Pages', false],
      ['GitHub Pages', false],
    ]);
    expect(verdicts[0]!.exceeded).toEqual(['55,000 files in deelkaarten/verhalen/ > 54,000 per folder']);
    expect(verdicts[1]!.exceeded).toEqual(['61,610 files > 20,000', 'deelkaarten/verhalen.zip is 30.0 MiB > 25.0 MiB per file']);
    expect(verdicts[2]!.exceeded).toEqual(['2,850,000,000 bytes > 1,000,000,000']);
  });

  it('lets every host take a site within all limits, the limits themselves included', () => {
    expect(checkHosts(shape(20_000, 1_000_000_000, 25 * 2 ** 20, 54_000)).every((verdict) => verdict.accepts)).toBe(true);
    expect(
      checkHosts(shape(20_001, 10))
        .filter((verdict) => !verdict.accepts)
        .map((verdict) => verdict.host),
    ).toEqual(['Cloudflare Pages']);
  });

  it('finds the largest file and the fullest folder of a built site', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'oogst-output-'));
    try {
      mkdirSync(path.join(dir, 'a/b'), { recursive: true });
      writeFileSync(path.join(dir, 'index.html'), 'x'.repeat(10));
      for (const name of ['1', '2', '3']) writeFileSync(path.join(dir, 'a/b', `${name}.png`), 'y'.repeat(Number(name)));
      writeFileSync(path.join(dir, 'a/big.zip'), 'z'.repeat(50));
      const { shape: measured } = measureOutput(dir);
      expect(measured).toEqual({
        files: 5,
        bytes: 66,
        largestFile: { path: 'a/big.zip', bytes: 50 },
        fullestFolder: { path: 'a/b', files: 3 },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('files per story and the largest harvest each host takes', () => {
  it("counts a story's page, cards, hero and one search fragment as its files, and the rest as fixed", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'oogst-census-'));
    try {
      const files = [
        'index.html',
        'verhalen/a/index.html',
        'verhalen/b/index.html',
        'verhalen/2/index.html',
        'deelkaarten/verhalen/a-1200x630.png',
        'deelkaarten/verhalen/b-1200x630.png',
        'deelkaarten/themas/wonen-1200x630.png',
        '_astro/a.Xy12_Z1.svg',
        '_astro/b.Ab34_Z1.svg',
        '_astro/BaseLayout.Q1.css',
        'pagefind/fragment/en_1.pf_fragment',
        'pagefind/fragment/en_2.pf_fragment',
        'pagefind/fragment/en_3.pf_fragment',
        'pagefind/pagefind.js',
      ];
      for (const file of files) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), 'xx');
      }
      const census = censusFiles(dir, ['a', 'b']);
      expect(census.perStory.files).toBe(4);
      expect(census.perStoryByKind).toEqual({ page: 1, card: 1, hero: 1, 'search fragment': 1 });
      expect(census.fixed.files).toBe(6);
      // Page 2 of the story list and the fragment beyond one per story grow with the harvest.
      expect(census.growing.files).toBe(2);
      expect(census.folders.find((folder) => folder.folder === 'pagefind/fragment')).toEqual({
        folder: 'pagefind/fragment',
        perStory: 1.5,
        fixed: 0,
      });
      expect(census.fixedByFolder.map((folder) => folder.folder).sort()).toEqual(
        ['(top level)', '_astro', 'deelkaarten', 'pagefind', 'pagefind/fragment', 'verhalen'].sort(),
      );
      expect(census.folders.find((folder) => folder.folder === '_astro')).toEqual({ folder: '_astro', perStory: 1, fixed: 1 });
      expect(census.largestGrowing.path).toBe('');
      expect(census.largestFixed.bytes).toBe(2);
      expect(folderSize(dir)).toEqual({ files: files.length, bytes: 2 * files.length });
      expect(folderSize(path.join(dir, 'index.html'))).toEqual({ files: 1, bytes: 2 });
      expect(folderSize(path.join(dir, 'nergens'))).toEqual({ files: 0, bytes: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("extrapolates each host's limit from files and bytes per story after the fixed part", () => {
    const capacities = largestHarvests({
      stories: 5000,
      perStory: { files: 4, bytes: 50_000 },
      fixed: { files: 2000, bytes: 50_000_000 },
      growing: { files: 0, bytes: 0 },
      folders: [{ folder: '_astro', perStory: 1, fixed: 30 }],
      largestGrowing: { path: 'deelkaarten.json', bytes: 5_000_000 },
      largestFixed: { path: 'admin/cms.js', bytes: 2_000_000 },
    });
    expect(capacities).toEqual([
      { host: 'Netlify', maxStories: 53_970, limitedBy: '54,000 files in _astro/' },
      { host: 'Cloudflare Pages', maxStories: 4_500, limitedBy: '20,000 files' },
      { host: 'GitHub Pages', maxStories: 19_000, limitedBy: '1,000,000,000 bytes' },
    ]);
    // List pages and idea fragments grow with the stories: 1,000 of the fixed files at 5,000 stories is 0.2 more per story.
    const growing = largestHarvests({
      stories: 5000,
      perStory: { files: 4, bytes: 50_000 },
      fixed: { files: 2000, bytes: 50_000_000 },
      growing: { files: 1000, bytes: 0 },
      folders: [],
      largestGrowing: { path: 'deelkaarten.json', bytes: 1 },
      largestFixed: { path: 'admin/cms.js', bytes: 1 },
    });
    expect(growing[1]).toEqual({ host: 'Cloudflare Pages', maxStories: 4_523, limitedBy: '20,000 files' });
  });
});

describe('goals of the bench', () => {
  const run = (label: string, seconds: number, extra: Partial<BuildRun> = {}): BuildRun => ({
    label,
    ok: true,
    seconds,
    cpuSeconds: seconds,
    peakRssMiB: 1000,
    logFile: '',
    htmlPages: 0,
    routes: 0,
    reusedRoutes: 0,
    renderSeconds: undefined,
    pagesPerSecond: undefined,
    cardsRendered: undefined,
    cardsCached: undefined,
    cardMs: undefined,
    cardPublishSeconds: undefined,
    searchIndexSeconds: undefined,
    pdf: undefined,
    phases: {},
    routeGroups: [],
    warnings: [],
    ...extra,
  });
  const series = (cold: number, warm: number[], edit: number, cpu = warm): BuildSeries => ({
    cold: run('cold', cold, { cardMs: 25 }),
    warm: run('warm', warm[1]!, { cardsRendered: 0 }),
    edit: run('edit', edit, { cardsRendered: 1 }),
    warmSeconds: warm,
    warmCpuSeconds: cpu,
  });
  const output = (files: number, bytes: number) => ({
    total: { files, raw: bytes, gzip: 0, brotli: 0 },
    byType: {} as OutputMeasure['byType'],
    shape: { files, bytes, largestFile: { path: 'x', bytes: 1 }, fullestFolder: { path: '.', files: 1 } },
  });
  const goal = (goals: GoalCheck[], start: string) => goals.find((check) => check.goal.startsWith(start))!;

  it('checks the ratios to bare Astro, the warm one on the medians of wall and CPU time', () => {
    const goals = checkGoals({
      stories: 5000,
      oogst: series(120, [8, 9, 30], 6, [20, 8, 9]),
      baseline: series(51, [10, 10.5, 11], 10),
      output: output(19_000, 900_000_000),
      hosts: [],
      search: { query: 'buurt', files: 5, totalGzip: 159_000, dataGzip: 1 },
    });
    expect(goal(goals, 'cold build').met).toBe(true);
    expect(goal(goals, 'warm rebuild').measured).toBe('wall 0.86×, CPU 0.86× (medians of 3 and 3 runs)');
    expect(goal(goals, 'warm rebuild').met).toBe(false);
    expect(goal(goals, 'one-story edit ≤').met).toBe(true);
    expect(goal(goals, 'files per story').met).toBeUndefined();
    expect(goal(goals, 'bytes in output').met).toBe(true);
    expect(goal(goals, 'search, first query')).toMatchObject({ goal: 'search, first query ≤ 160 KB gzip', met: true });
    expect(goal(goals, 'card draw').met).toBe(false);
    expect(goal(goals, 'peak RSS').goal).toBe('peak RSS ≤ 2.5 GiB at 5,000 stories');
  });

  it('holds files per story and fixed files to the goals, from the census', () => {
    const census = (perStory: number, fixed: number) => ({
      stories: 10,
      perStory: { files: perStory, bytes: 1 },
      perStoryByKind: { page: 1, card: perStory - 1 },
      fixed: { files: fixed, bytes: 1 },
      fixedByFolder: [],
      growing: { files: 0, bytes: 0 },
      folders: [],
      largestGrowing: { path: 'deelkaarten.json', bytes: 1 },
      largestFixed: { path: 'admin/cms.js', bytes: 1 },
    });
    const check = (perStory: number, fixed: number) =>
      goal(
        checkGoals({
          stories: 10,
          oogst: series(1, [1, 1, 1], 1),
          baseline: undefined,
          output: output(1, 1),
          hosts: [],
          search: undefined,
          census: census(perStory, fixed),
        }),
        'files per story',
      );
    expect(check(4, 2500)).toMatchObject({ met: true, measured: '4.00 per story (page 1.00, card 3.00), 2,500 fixed' });
    expect(check(5, 100).met).toBe(false);
    expect(check(3, 2501).met).toBe(false);
  });

  it('fails the warning goal when any build printed a warning', () => {
    const quiet = checkGoals({
      stories: 1000,
      oogst: series(150, [12, 13, 14], 13),
      baseline: undefined,
      output: output(1, 1),
      hosts: [],
      search: undefined,
    });
    expect(goal(quiet, 'no build prints a warning')).toMatchObject({ met: true, measured: 'cold: 0, warm: 0, edit: 0' });
    const oogst = series(150, [12, 13, 14], 13);
    oogst.cold = { ...oogst.cold, warnings: ['[WARN] [content] The collection "followups" does not exist or is empty.'] };
    const warned = checkGoals({ stories: 1000, oogst, baseline: undefined, output: output(1, 1), hosts: [], search: undefined });
    expect(goal(warned, 'no build prints a warning')).toMatchObject({ met: false, measured: 'cold: 1, warm: 0, edit: 0' });
  });

  it('counts a failed warm rebuild as a failed build, though the median is taken of the others', () => {
    const oogst = { ...series(150, [12, 13, 14], 13), warmFailed: ['oogst-warm-2'] };
    const goals = checkGoals({ stories: 1000, oogst, baseline: undefined, output: output(1, 1), hosts: [], search: undefined });
    expect(goal(goals, 'every build succeeds')).toMatchObject({
      met: false,
      measured: 'cold: ok, warm: ok, edit: ok, oogst-warm-2: FAILED',
    });
  });

  it('allows 3 GiB and 200 KB of search from 5,001 stories on and leaves unmeasured goals open', () => {
    const oogst = { ...series(150, [12, 13, 14], 13), edit: undefined, cold: run('cold', 150, { peakRssMiB: 3000 }) };
    const goals = checkGoals({ stories: 10_000, oogst, baseline: undefined, output: output(1, 1), hosts: [], search: undefined });
    expect(goal(goals, 'peak RSS')).toMatchObject({ goal: 'peak RSS ≤ 3 GiB at 10,000 stories', met: true });
    expect(goal(goals, 'search, first query').goal).toBe('search, first query ≤ 200 KB gzip');
    expect(goal(goals, 'cold build').met).toBeUndefined();
    expect(goal(goals, 'one-story edit ≤').met).toBeUndefined();
    expect(goal(goals, 'search, first query').met).toBeUndefined();
    expect(goal(goals, 'embed page').met).toBeUndefined();
  });

  it('holds the largest embed page to 30 KB gzip', () => {
    const oogst = series(150, [12, 13, 14], 13);
    const embeds = (largestGzip: number) => ({ pages: 3, largestGzip, largest: '/insluiten/a/', totalGzip: 3 * largestGzip });
    const check = (largestGzip: number) =>
      goal(
        checkGoals({
          stories: 1000,
          oogst,
          baseline: undefined,
          output: output(1, 1),
          hosts: [],
          search: undefined,
          embeds: embeds(largestGzip),
        }),
        'embed page',
      );
    expect(check(5_000)).toMatchObject({ met: true, measured: '4.9 KB' });
    expect(check(31 * 1024).met).toBe(false);
  });
});
