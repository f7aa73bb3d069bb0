/**
 * The automated part of the accessibility evidence as an EARL 1.0 report in JSON-LD
 * (W3C Evaluation and Report Language): one assertion per page and axe rule run on it, with the
 * outcome, the tool and its version, the rule set and the date of the run. `npm run a11y:report`
 * writes it (scripts/a11y-report.ts); the build publishes it beside the statement.
 */

/** The file name in the content folder and on the site (at its root). */
export const EARL_FILE = 'axe-rapport.jsonld';

/** What axe found on one page. */
export interface AxePageResult {
  /** Absolute URL of the page. */
  url: string;
  /** Rule ids that passed, failed, or could not decide (incomplete: a person must look). */
  passed: string[];
  failed: { rule: string; help: string; targets: string[] }[];
  cantTell: string[];
}

/** One run of axe over the site. */
export interface AxeRun {
  /** When the run ended: the date of the evidence, from the clock of the machine that ran it. */
  date: string;
  axeVersion: string;
  browser: string;
  /** axe's rule tags, e.g. wcag2a, wcag2aa, wcag21a, wcag21aa. */
  tags: readonly string[];
  /** The commit the tested build was made from, and its build date. */
  commit: string;
  buildDate: string;
  siteUrl: string;
  pages: readonly AxePageResult[];
}

/** Short terms for EARL, so a report of thousands of assertions stays small. */
const earlContext = (axeVersion: string) => ({
  earl: 'http://www.w3.org/ns/earl#',
  dct: 'http://purl.org/dc/terms/',
  doap: 'http://usefulinc.com/ns/doap#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rule: `https://dequeuniversity.com/rules/axe/${majorMinor(axeVersion)}/`,
  Assertion: 'earl:Assertion',
  TestResult: 'earl:TestResult',
  assertedBy: { '@id': 'earl:assertedBy', '@type': '@id' },
  subject: { '@id': 'earl:subject', '@type': '@id' },
  test: { '@id': 'earl:test', '@type': '@id' },
  mode: { '@id': 'earl:mode', '@type': '@vocab' },
  result: 'earl:result',
  outcome: { '@id': 'earl:outcome', '@type': '@vocab' },
  pointer: 'earl:pointer',
  automatic: 'earl:automatic',
  passed: 'earl:passed',
  failed: 'earl:failed',
  cantTell: 'earl:cantTell',
});

const ASSERTOR = 'https://github.com/dequelabs/axe-core';

/** The EARL report of a run: the tool, then per page one assertion per rule with its outcome. */
export function earlReport(run: AxeRun): Record<string, unknown> {
  const assertions = run.pages.flatMap((page) => {
    const assertion = (rule: string, outcome: 'passed' | 'failed' | 'cantTell', detail?: { help: string; targets: string[] }) => ({
      '@type': 'Assertion',
      assertedBy: ASSERTOR,
      subject: page.url,
      test: `rule:${rule}`,
      mode: 'automatic',
      result: {
        '@type': 'TestResult',
        outcome,
        ...(detail ? { 'dct:description': detail.help, pointer: detail.targets } : {}),
      },
    });
    return [
      ...page.failed.map((failure) => assertion(failure.rule, 'failed', failure)),
      ...page.cantTell.map((rule) => assertion(rule, 'cantTell')),
      ...page.passed.map((rule) => assertion(rule, 'passed')),
    ];
  });
  return {
    '@context': earlContext(run.axeVersion),
    'dct:title': 'Automatische toegankelijkheidscontrole met axe-core (gedeeltelijk bewijs, geen volledig onderzoek)',
    'dct:date': { '@value': run.date, '@type': 'xsd:dateTime' },
    'dct:description': `axe-core ${run.axeVersion} in ${run.browser}, regels met de labels ${run.tags.join(', ')}, over ${run.pages.length} pagina's van ${run.siteUrl}/ (build van commit ${run.commit}, builddatum ${run.buildDate}). Een automatische controle vindt maar een deel van de problemen; ze vervangt geen onderzoek volgens WCAG-EM.`,
    'dct:source': run.commit,
    // The rule set: axe's tags of the WCAG levels that were run.
    'dct:subject': run.tags,
    'earl:assertor': {
      '@id': ASSERTOR,
      '@type': ['earl:Assertor', 'earl:Software', 'doap:Project'],
      'doap:name': 'axe-core',
      'doap:release': { 'doap:revision': run.axeVersion },
    },
    '@graph': assertions,
  };
}

const majorMinor = (version: string) => version.split('.').slice(0, 2).join('.');

/** What the statement page shows of a report. */
export interface EarlSummary {
  date: string;
  axeVersion: string;
  tags: string[];
  pages: number;
  pagesWithFailures: number;
  failures: number;
  commit: string;
}

/** Reads back the summary of a report written by `earlReport`; undefined when it is not one. */
export function summariseEarl(report: unknown): EarlSummary | undefined {
  if (typeof report !== 'object' || report === null) return undefined;
  const data = report as Record<string, unknown>;
  const graph = data['@graph'];
  const assertor = data['earl:assertor'] as { 'doap:release'?: { 'doap:revision'?: unknown } } | undefined;
  const date = (data['dct:date'] as { '@value'?: unknown } | undefined)?.['@value'];
  const version = assertor?.['doap:release']?.['doap:revision'];
  if (!Array.isArray(graph) || typeof date !== 'string' || typeof version !== 'string') return undefined;
  const pages = new Set<string>();
  const failing = new Set<string>();
  let failures = 0;
  for (const assertion of graph as { subject?: unknown; result?: { outcome?: unknown } }[]) {
    const page = assertion.subject;
    if (typeof page !== 'string') continue;
    pages.add(page);
    if (assertion.result?.outcome === 'failed') {
      failures += 1;
      failing.add(page);
    }
  }
  const tags = Array.isArray(data['dct:subject']) ? (data['dct:subject'] as unknown[]).filter((tag) => typeof tag === 'string') : [];
  return {
    date,
    axeVersion: version,
    tags,
    pages: pages.size,
    pagesWithFailures: failing.size,
    failures,
    commit: typeof data['dct:source'] === 'string' ? data['dct:source'] : '',
  };
}
