import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { readSitemapPaths } from './lib/sitemap.ts';
import { ROUTES } from '../../src/data/urls.ts';

/** WCAG 2.1 A and AA, the level Dutch government sites must meet (via EN 301 549). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

const site = useSiteInBrowser();

interface PageResult {
  violations: { id: string; impact: string | null; help: string; targets: string[] }[];
  cspViolations: string[];
}

describe('accessibility of every page in the sitemap', () => {
  it('has no axe violations of WCAG 2.1 A/AA and nothing blocked by the CSP, on every sitemap URL and the 404 page', async () => {
    const paths = [...readSitemapPaths(DIST), ROUTES.notFound];
    expect(paths.length).toBeGreaterThan(5);
    // One page for all URLs keeps hundreds of pages within a few minutes on two cores.
    const context = await site.browser.newContext();
    const page = await context.newPage();
    // Init scripts come in through the DevTools protocol, so the page's CSP does not block axe itself.
    await page.addInitScript(
      `${AXE}\nwindow.__oogstCsp = [];\ndocument.addEventListener('securitypolicyviolation', (event) => window.__oogstCsp.push(event.violatedDirective + ' ' + (event.blockedURI || 'inline') + ' ' + (event.sample || '')));`,
    );
    const problems: string[] = [];
    for (const url of paths) {
      const response = await page.goto(site.url + url, { waitUntil: 'load' });
      if (url !== ROUTES.notFound && response?.status() !== 200) {
        problems.push(`${url}: HTTP ${response?.status() ?? 'geen antwoord'}`);
        continue;
      }
      const result = (await page.evaluate(async (tags) => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                context: Document,
                options: object,
              ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
            };
          }
        ).axe;
        const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return {
          violations: violations.map((violation) => ({
            id: violation.id,
            impact: violation.impact,
            help: violation.help,
            targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
          })),
          cspViolations: (window as unknown as { __oogstCsp: string[] }).__oogstCsp,
        };
      }, TAGS)) as PageResult;
      for (const violation of result.violations)
        problems.push(`${url}: ${violation.id} (${violation.impact ?? '?'}) ${violation.help} — ${violation.targets.join(', ')}`);
      for (const blocked of result.cspViolations) problems.push(`${url}: CSP blokkeert ${blocked}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 600_000);
});
