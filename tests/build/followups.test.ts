import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, listPages, readBuilt } from '../support/dist.ts';

/** The follow-ups of the default site as the build publishes them: pages, blocks, feed and cards. */
const followUpFiles = () => listPages().filter(({ url }) => /^\/opvolging\/(?!status\/|thema\/)[^/]+\/$/.test(url));

describe('follow-ups in the built site', () => {
  beforeAll(() => assertBuilt());

  it('gives every follow-up a page with its status, responsible party and a dated timeline with a source or the example label per step', () => {
    const pages = followUpFiles();
    expect(pages.length).toBeGreaterThan(0);
    for (const { file } of pages) {
      const html = readBuilt(file);
      expect(html, file).toMatch(/<dt>Status<\/dt>/);
      expect(html, file).toMatch(/<dt>Verantwoordelijk<\/dt>/);
      const steps = html.match(/class="oogst-timeline__step"/g)?.length ?? 0;
      const sources = html.match(/class="oogst-timeline__source"/g)?.length ?? 0;
      expect(steps, file).toBeGreaterThan(0);
      expect(sources, file).toBe(steps);
    }
  });

  it('labels an example follow-up as an example on its page, in the overview and on its card', () => {
    const html = readBuilt('opvolging/voorbeeld-thuiswerken/index.html');
    expect(html).toContain('Deze opvolging is een voorbeeld');
    const manifest = JSON.parse(readBuilt('deelkaarten.json')) as {
      cards: { kind: string; slug: string; example: boolean; label: string }[];
    };
    expect(manifest.cards.find((card) => card.kind === 'followup' && card.slug === 'voorbeeld-thuiswerken')).toMatchObject({
      example: true,
    });
    expect(
      manifest.cards.find((card) => card.kind === 'followup' && card.slug === 'perspectief-voor-en-door-de-samenleving'),
    ).toMatchObject({ example: false });
    expect(manifest.cards.filter((card) => card.kind === 'followupStatus').map((card) => card.slug)).toEqual([
      'alle',
      'toegezegd',
      'in-uitvoering',
      'uitgevoerd',
      'deels-overgenomen',
      'niet-overgenomen',
      'onbekend',
    ]);
  });

  it('shows the count of each status on the overview, and the counts add up to the follow-ups', () => {
    const html = readBuilt('opvolging/index.html');
    const counts = [...html.matchAll(/class="oogst-status-counts__count">(\d+)</g)].map((match) => Number(match[1]));
    expect(counts).toHaveLength(6);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(followUpFiles().length);
    expect(html).toContain('id="grafiek-opvolging-per-status"');
    expect(html).toContain('id="grafiek-opvolging-per-thema"');
  });

  it('answers "Wat is ermee gedaan?" on every theme, insight and chapter page, plainly when nothing is recorded', () => {
    const pages = listPages().filter(({ url }) => /^\/(themas|inzichten|eindproduct)\/(?!alles\/)[^/]+\/$/.test(url));
    expect(pages.length).toBeGreaterThan(0);
    for (const { file } of pages) expect(readBuilt(file), file).toContain('id="followups-heading"');
    expect(readBuilt('themas/wonen/index.html')).toContain('Er is nog niets vastgelegd over wat hiermee gedaan is.');
    expect(readBuilt('inzichten/dialoog-blijft-nodig/index.html')).toContain('href="/opvolging/dialoog-voortzetten/"');
  });

  it('publishes every step as one feed item, newest first, linking to the step on its page', () => {
    const feed = readBuilt('opvolging/rss.xml');
    const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => match[1]!);
    const steps = followUpFiles().reduce((sum, { file }) => sum + (readBuilt(file).match(/class="oogst-timeline__step"/g)?.length ?? 0), 0);
    expect(items).toHaveLength(steps);
    const dates = items.map((item) => Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(item)![1]!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of items) expect(item).toMatch(/<link>https:\/\/[^<]+\/opvolging\/[a-z0-9-]+\/#stap-\d+<\/link>/);
  });
});
