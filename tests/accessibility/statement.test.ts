import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JsonLdParser } from 'jsonld-streaming-parser';
import type { Quad } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { EARL_FILE } from '../../src/accessibility/earl.ts';
import { ROUTES } from '../../src/data/routes.ts';
import { DEFAULT_SITE_URL as SITE } from '../support/site-url.ts';
import { assertBuilt, DIST, readBuilt } from '../support/dist.ts';

const EARL = 'http://www.w3.org/ns/earl#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

function parseJsonLd(text: string): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new JsonLdParser({ strictValues: true });
    parser.on('data', (quad: Quad) => quads.push(quad));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.write(text);
    parser.end();
  });
}

describe('the accessibility statement of the default site', () => {
  let html = '';
  beforeAll(() => {
    assertBuilt();
    html = readBuilt('toegankelijkheid/index.html');
  });

  it('shows the typed fields: status, organisation, scope, standard, date, evaluation and how to report a problem', () => {
    expect(html).toContain('Status C: eerste maatregelen genomen');
    expect(html).toContain('WCAG 2.1 niveau AA');
    expect(html).toContain(`${SITE}/`);
    expect(html).toContain('<time datetime="2026-11-28">');
    expect(html).toContain('Er is nog geen handmatig onderzoek gedaan');
    expect(html).toContain('Een probleem melden');
    // The placeholder address of the default site is never shown.
    expect(html).not.toContain('invullen@');
    // The prose of the page's body follows.
    expect(html).toContain('Wat nog door mensen beoordeeld moet worden');
  });

  it('links the axe report as partial, automated evidence, when one was written', async () => {
    const report = path.join(DIST, ROUTES.accessibilityEvidence);
    const written = existsSync(path.resolve('content', EARL_FILE));
    expect(existsSync(report)).toBe(written);
    if (!written) {
      expect(html).toContain('nog geen rapport van de automatische controle');
      return;
    }
    expect(html).toContain(`href="${ROUTES.accessibilityEvidence}"`);
    expect(html).toContain('Dit is gedeeltelijk bewijs');
    const quads = await parseJsonLd(readFileSync(report, 'utf8'));
    const assertions = quads.filter((quad) => quad.predicate.value === RDF_TYPE && quad.object.value === `${EARL}Assertion`);
    expect(assertions.length).toBeGreaterThan(100);
    const subjects = new Set(quads.filter((quad) => quad.predicate.value === `${EARL}subject`).map((quad) => quad.object.value));
    const sitemap = readBuilt('sitemap-0.xml');
    for (const url of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) expect(subjects.has(url[1]!), url[1]).toBe(true);
    const modes = new Set(quads.filter((quad) => quad.predicate.value === `${EARL}mode`).map((quad) => quad.object.value));
    expect([...modes]).toEqual([`${EARL}automatic`]);
    expect(sitemap).not.toContain(EARL_FILE);
  });
});
