import { describe, expect, it } from 'vitest';
import { earlReport, summariseEarl } from './earl.ts';

const run = {
  date: '2026-12-06T21:00:00Z',
  axeVersion: '4.14.1',
  browser: 'Chromium 1',
  tags: ['wcag2a', 'wcag2aa'],
  commit: 'abc123',
  buildDate: '2026-12-06',
  siteUrl: 'https://example.nl',
  pages: [
    { url: 'https://example.nl/', passed: ['image-alt', 'color-contrast'], failed: [], cantTell: ['aria-allowed-role'] },
    {
      url: 'https://example.nl/a/',
      passed: ['image-alt'],
      failed: [{ rule: 'color-contrast', help: 'Te weinig contrast', targets: ['p'] }],
      cantTell: [],
    },
  ],
};

describe('EARL report', () => {
  it('has one automatic assertion per page and rule, with its outcome', () => {
    const report = earlReport(run) as { '@graph': { subject: string; test: string; mode: string; result: { outcome: string } }[] };
    expect(report['@graph']).toHaveLength(5);
    expect(report['@graph'][0]).toMatchObject({ subject: 'https://example.nl/', test: 'rule:aria-allowed-role', mode: 'automatic' });
    expect(report['@graph'].filter((a) => a.result.outcome === 'failed').map((a) => a.subject)).toEqual(['https://example.nl/a/']);
  });

  it('reads back the date, version, rule set and counts the statement shows', () => {
    expect(summariseEarl(earlReport(run))).toEqual({
      date: '2026-12-06T21:00:00Z',
      axeVersion: '4.14.1',
      tags: ['wcag2a', 'wcag2aa'],
      pages: 2,
      pagesWithFailures: 1,
      failures: 1,
      commit: 'abc123',
    });
    expect(summariseEarl({ '@graph': [] })).toBeUndefined();
  });
});
