/**
 * npm run lighthouse -- [--dist dist] [--json file] [--strict] [--type search --type cards]
 *
 * Runs Lighthouse (mobile settings, its default) with Debian's Chromium over one page of each
 * type of a built site served locally (gzip, as a host would), and prints the four category scores per page type.
 * The goal is 100 everywhere; --strict makes the command fail below that.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { HTML_PAGE_KINDS, pageKindOf } from '../src/data/page-kinds.ts';
import { ROUTES } from '../src/data/routes.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    json: { type: 'string' },
    strict: { type: 'boolean', default: false },
    // Score only these page types (names as in PAGE_TYPES), e.g. to check one fix quickly.
    type: { type: 'string', multiple: true },
  },
});
const dist = path.resolve(values.dist);
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`Geen gebouwde site in ${dist}: run eerst "npm run build".`);
  process.exit(1);
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Page types: the kinds of HTML page of the registry (src/data/page-kinds.ts); the first built page of a kind stands for it. */
const PAGE_TYPES = HTML_PAGE_KINDS.map((kind) => kind.name);

// Lighthouse will not score a page that answers 404, so the not-found page is scored as its file,
// which a static host also serves with status 200 at /404.html.
const requestUrl = (url: string) => (url === '/404' ? ROUTES.notFound : url);

function listUrls(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return name.startsWith('_') || name === 'pagefind' ? [] : listUrls(full, base);
      return name.endsWith('.html')
        ? [
            '/' +
              path
                .relative(base, full)
                .split(path.sep)
                .join('/')
                .replace(/index\.html$/, '')
                .replace(/\.html$/, ''),
          ]
        : [];
    })
    .sort();
}

const urls = listUrls(dist);
const unknownTypes = (values.type ?? []).filter((wanted) => !PAGE_TYPES.includes(wanted));
if (unknownTypes.length > 0) {
  console.error(`Onbekend paginatype: ${unknownTypes.join(', ')}. Kies uit: ${PAGE_TYPES.join(', ')}.`);
  process.exit(1);
}
const pages = PAGE_TYPES.filter((type) => !values.type || values.type.includes(type)).flatMap((type) => {
  const url = urls.find((candidate) => pageKindOf(candidate)?.name === type);
  return url ? [{ type, url }] : [];
});

// Compressed like on any real host; uncompressed, the simulated slow network adds a few hundred ms.
const server = await serveStatic(dist, { gzip: true });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
const results: { type: string; url: string; scores: Record<string, number | null>; failing: string[] }[] = [];
try {
  for (const { type, url } of pages) {
    const result = await lighthouse(`${server.url}${requestUrl(url)}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) console.log(`${type.padEnd(17)} Lighthouse meldt ${runtimeError.code}: ${runtimeError.message} (${url})`);
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, categories[id]?.score == null ? null : Math.round(categories[id]!.score! * 100)]),
    );
    // The audits that cost points, so a score below 100 says where to look.
    const failing = Object.values(categories)
      .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => audits[ref.id]!))
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
      // A metric with its value ("first-contentful-paint 1.9 s"), so a 99 says by how much.
      .map((audit) =>
        audit.displayValue && audit.numericValue !== undefined ? `${audit.id} ${audit.displayValue.replace(/\u00a0/g, ' ')}` : audit.id,
      );
    results.push({ type, url, scores, failing: [...new Set(failing)] });
    console.log(
      `${type.padEnd(17)} ${CATEGORIES.map((id) => String(scores[id] ?? '–').padStart(4)).join(' ')}  ${url}${failing.length ? `  (punten kwijt: ${[...new Set(failing)].join(', ')})` : ''}`,
    );
  }
} finally {
  chrome.kill();
  await server.close();
}

console.log(`\n${'type'.padEnd(17)} ${['perf', 'a11y', 'best', 'seo'].map((label) => label.padStart(4)).join(' ')}   (Lighthouse, mobile)`);
for (const { type, scores } of results)
  console.log(`${type.padEnd(17)} ${CATEGORIES.map((id) => String(scores[id] ?? '–').padStart(4)).join(' ')}`);
if (values.json) writeFileSync(values.json, JSON.stringify({ date: new Date().toISOString(), results }, null, 2) + '\n');
const below = results.filter(({ scores }) => CATEGORIES.some((id) => scores[id] !== 100));
if (below.length > 0) console.log(`\n${below.length} van ${results.length} paginatypes halen niet overal 100.`);
if (values.strict && below.length > 0) process.exitCode = 1;
