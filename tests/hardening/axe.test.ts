import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { readSitemapPaths } from './lib/sitemap.ts';
import { ROUTES } from '../../src/data/routes.ts';
import { runAxe } from '../../scripts/lib/axe-run.ts';

const site = useSiteInBrowser();

describe('accessibility of every page in the sitemap', () => {
  it('has no axe violations of WCAG 2.1 A/AA and nothing blocked by the CSP, on every sitemap URL and the 404 page', async () => {
    const paths = [...readSitemapPaths(DIST), ROUTES.notFound];
    expect(paths.length).toBeGreaterThan(5);
    // The same run as `npm run a11y:report`, which publishes it as the statement's automated evidence.
    const outcomes = await runAxe(site.browser, site.url, paths);
    const problems: string[] = [];
    for (const outcome of outcomes) {
      if (outcome.path !== ROUTES.notFound && outcome.status !== 200) {
        problems.push(`${outcome.path}: HTTP ${outcome.status ?? 'geen antwoord'}`);
        continue;
      }
      for (const violation of outcome.failed)
        problems.push(
          `${outcome.path}: ${violation.rule} (${violation.impact ?? '?'}) ${violation.help} — ${violation.targets.join(', ')}`,
        );
      for (const blocked of outcome.cspViolations) problems.push(`${outcome.path}: CSP blokkeert ${blocked}`);
      expect(outcome.passed.length, outcome.path).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
