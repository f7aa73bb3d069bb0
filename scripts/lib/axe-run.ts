import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

/** WCAG 2.1 A and AA, the level Dutch government sites must meet (via EN 301 549). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** The version of axe-core that runs, from its package. */
export const AXE_VERSION = (JSON.parse(readFileSync(path.resolve('node_modules/axe-core/package.json'), 'utf8')) as { version: string })
  .version;

const AXE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** What axe and the page's CSP reported for one URL. */
export interface AxeOutcome {
  path: string;
  status: number | undefined;
  passed: string[];
  failed: { rule: string; impact: string | null; help: string; targets: string[] }[];
  cantTell: string[];
  cspViolations: string[];
}

/**
 * Runs axe with the WCAG 2.1 A/AA rules on every path of a served site and collects what the
 * page's CSP blocked, on `pagesAtOnce` Chromium pages that each take the next path when done
 * (most of a visit is waiting; a page reused costs far less than a new one). Outcomes come in
 * the order of `paths`. Used by the axe test and by `npm run a11y:report`, so the published
 * evidence is the test's own run.
 */
export async function runAxe(browser: Browser, siteUrl: string, paths: readonly string[], pagesAtOnce = 4): Promise<AxeOutcome[]> {
  const context = await browser.newContext();
  // Init scripts come in through the DevTools protocol, so the page's CSP does not block axe itself.
  await context.addInitScript(
    `${AXE}\nwindow.__oogstCsp = [];\ndocument.addEventListener('securitypolicyviolation', (event) => window.__oogstCsp.push(event.violatedDirective + ' ' + (event.blockedURI || 'inline') + ' ' + (event.sample || '')));`,
  );
  const outcomes: AxeOutcome[] = new Array(paths.length);
  let next = 0;
  const visitor = async () => {
    const page = await context.newPage();
    for (let index = next++; index < paths.length; index = next++) outcomes[index] = await axeOnePage(page, siteUrl, paths[index]!);
    await page.close();
  };
  try {
    await Promise.all(Array.from({ length: Math.min(pagesAtOnce, paths.length) }, visitor));
  } finally {
    await context.close();
  }
  return outcomes;
}

async function axeOnePage(page: Page, siteUrl: string, sitePath: string): Promise<AxeOutcome> {
  const response = await page.goto(siteUrl + sitePath, { waitUntil: 'load' });
  const result = (await page.evaluate(
    async (tags) => {
      type Rule = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };
      const axe = (
        window as unknown as { axe: { run: (c: Document, o: object) => Promise<Record<'violations' | 'passes' | 'incomplete', Rule[]>> } }
      ).axe;
      // Every node only for violations: passes and incomplete are reported as rule ids, and
      // describing each of their nodes is much of axe's time. Which rule lands where is the same.
      const { violations, passes, incomplete } = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return {
        failed: violations.map((rule) => ({
          rule: rule.id,
          impact: rule.impact,
          help: rule.help,
          targets: rule.nodes.slice(0, 3).map((node) => node.target.join(' ')),
        })),
        passed: passes.map((rule) => rule.id),
        cantTell: incomplete.map((rule) => rule.id),
        cspViolations: (window as unknown as { __oogstCsp: string[] }).__oogstCsp,
      };
    },
    [...AXE_TAGS],
  )) as Omit<AxeOutcome, 'path' | 'status'>;
  return { path: sitePath, status: response?.status(), ...result };
}
