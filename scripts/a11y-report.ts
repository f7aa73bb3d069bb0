// Runs axe over every page of the built site (dist/) in Chromium and writes the result as an EARL
// report into the content folder (axe-rapport.jsonld), which the next build publishes beside the
// accessibility statement as partial, automated evidence, dated by this run.
// Usage: npm run build && npm run a11y:report   (OOGST_CONTENT_DIR picks another content folder)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { earlReport, EARL_FILE } from '../src/accessibility/earl.ts';
import { resolveBuildSettings } from '../src/config/build-context.ts';
import { ROUTES } from '../src/data/routes.ts';
import { AXE_TAGS, AXE_VERSION, runAxe } from './lib/axe-run.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const dist = path.resolve('dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('Geen gebouwde site in dist/: draai eerst npm run build.');
  process.exit(1);
}
// Content folder, the site's address and the build date as a build resolves them (src/config/build-context.ts).
const { contentDir, siteUrl, basePath, buildDate } = resolveBuildSettings();

/** Every page of the sitemap as a site path (without the base path), plus the not-found page. */
function sitemapPaths(): string[] {
  const locs = (file: string) => [...readFileSync(path.join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const sitePath = (url: string) => new URL(url).pathname.slice(basePath.length);
  return [...locs('sitemap-index.xml').flatMap((sitemap) => locs(sitePath(sitemap).slice(1)).map(sitePath)), ROUTES.notFound];
}

// The commit the tested build came from: read before the run, which takes minutes.
const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
const server = await serveStatic(dist, { basePath });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
  const paths = sitemapPaths();
  console.log(`axe-core ${AXE_VERSION} over ${paths.length} pagina's …`);
  const outcomes = await runAxe(browser, server.url + basePath, paths);
  const report = earlReport({
    // The date of this run: the report says when the evidence was gathered (the build itself never reads the clock).
    date: new Date().toISOString().slice(0, 19) + 'Z',
    axeVersion: AXE_VERSION,
    browser: `Chromium ${browser.version()}`,
    tags: AXE_TAGS,
    commit,
    buildDate: buildDate.toISOString().slice(0, 10),
    siteUrl,
    pages: outcomes.map((outcome) => ({
      url: siteUrl + outcome.path,
      passed: outcome.passed,
      failed: outcome.failed.map(({ rule, help, targets }) => ({ rule, help, targets })),
      cantTell: outcome.cantTell,
    })),
  });
  const file = path.join(contentDir, EARL_FILE);
  // One assertion a line: thousands of them, still readable in a diff.
  writeFileSync(file, `${JSON.stringify(report).replace(/\},\{"@type":"Assertion"/g, '},\n{"@type":"Assertion"')}\n`);
  const failed = outcomes.filter((outcome) => outcome.failed.length > 0).length;
  console.log(
    `${path.relative(process.cwd(), file)}: ${outcomes.length} pagina's, ${failed} met bevindingen. Bouw opnieuw om het te publiceren.`,
  );
} finally {
  await browser.close();
  await server.close();
}
