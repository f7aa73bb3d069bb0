import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardSizes, type CardPlan } from '../../src/cards/card-plan.ts';
import type { CardFitter } from '../../src/cards/fit-cache.ts';
import { buildCardManifest, type CardManifest } from '../../src/cards/gallery.ts';
import { CARD_KINDS, type CardSize, type CardSpec } from '../../src/cards/card-types.ts';
import { findCardTextsCutInLayout } from '../../src/check/card-fit.ts';
import { planCardsOfModel } from '../../src/cards/model-card-plan.ts';
import { resolveContentBuildDate } from '../../src/config/build-context.ts';
import { readContentModel } from '../../src/model/content-model.ts';
import { closingDateText } from '../../src/data/archive.ts';
import { t } from '../../src/i18n/t.ts';
import { buildSite } from '../support/build-site.ts';
import { assertBuilt, DIST } from '../support/dist.ts';

// The default site closes on 2021-05-31 (content/site.yaml). dist/ is built with the build date of
// the last commit, long after; the second build stands for a day while the dialogue still ran.
const CONTENT = path.resolve('content');
const OPEN_DATE = new Date(Date.UTC(2021, 2, 1));
const model = readContentModel(CONTENT);
const site = model.entries.find((entry) => entry.collection === 'site')!.data as {
  tagline: string;
  closedTagline: string;
  closedOn: Date;
  closedOnKnown: 'day' | 'month' | 'year' | 'unknown';
};

/** A fitter that lays nothing out and keeps every card and size the check asked it to measure. */
function recordingFitter(): CardFitter & { measured: { card: CardSpec; size: CardSize }[] } {
  const measured: { card: CardSpec; size: CardSize }[] = [];
  return {
    measured,
    warningsOf: (card, _brand, size) => (measured.push({ card, size }), []),
    save: () => undefined,
    stats: () => ({ laidOut: 0, cached: 0 }),
  };
}

/** What the check measured, as the manifest the build publishes it: cards in measured order, each with the sizes measured. */
function measuredManifest(buildDate: Date): { manifest: CardManifest; sizes: Map<string, string[]> } {
  const fitter = recordingFitter();
  findCardTextsCutInLayout(model, buildDate, fitter);
  const cards = [...new Set(fitter.measured.map(({ card }) => card))];
  const plan = planCardsOfModel(model, buildDate) as CardPlan;
  const sizes = new Map<string, string[]>();
  for (const { card, size } of fitter.measured)
    sizes.set(`${card.kind}/${card.slug}`, [...(sizes.get(`${card.kind}/${card.slug}`) ?? []), size.id]);
  return { manifest: buildCardManifest({ ...plan, cards }), sizes };
}

const readManifest = (dist: string) => JSON.parse(readFileSync(path.join(dist, 'deelkaarten.json'), 'utf8')) as CardManifest;
const homePage = (dist: string) => readFileSync(path.join(dist, 'index.html'), 'utf8');

describe('the build date decides archive mode, and the check measures what each build draws', () => {
  let openDist: string;
  beforeAll(() => {
    assertBuilt();
    // Cards are left out: the manifest is written by the pages either way, from the same plan.
    const result = buildSite(CONTENT, { SOURCE_DATE_EPOCH: String(OPEN_DATE.getTime() / 1000), OOGST_SKIP_CARDS: '1' });
    if (result.status !== 0) throw new Error(result.output);
    openDist = result.outDir;
  });

  it('builds the same content as an invitation before closedOn and as an archive after it', () => {
    expect(resolveContentBuildDate(process.env, CONTENT).date.getTime()).toBeGreaterThan(site.closedOn.getTime());
    // The banner says no more than the record knows of the closing date (closedOnKnown).
    const closingDate = closingDateText(site);
    const banner = closingDate ? t('site.closedBanner', { date: closingDate }) : t('site.closedBannerUndated');
    const open = homePage(openDist);
    const closed = homePage(DIST);
    expect(open).toContain(`${site.tagline}</h1>`);
    expect(open).not.toContain('class="oogst-banner"');
    expect(closed).toContain(`${site.closedTagline}</h1>`);
    expect(closed).toContain(banner);
    expect(readManifest(openDist).cards[0]!.title).toBe(site.tagline);
    expect(readManifest(DIST).cards[0]!.title).toBe(site.closedTagline);
  });

  it('invites ideas and lists the newest stories before closedOn, and speaks of an archive after it', () => {
    const open = homePage(openDist);
    expect(open).toContain(`<h1 id="home-title">${site.tagline}</h1>`);
    expect(open).toContain('Nieuwste verhalen');
    expect(open).not.toContain('oogst-banner');
    expect(readFileSync(path.join(openDist, 'zoeken/index.html'), 'utf8')).not.toContain('archief');
    const closed = homePage(DIST);
    expect(closed).not.toContain('Nieuwste verhalen');
    expect(closed).toContain('Verhalen uit de dialoog');
    expect(readFileSync(path.join(DIST, 'zoeken/index.html'), 'utf8')).toContain('archief');
  });

  for (const [name, buildDate, dist] of [
    ['open', OPEN_DATE, () => openDist],
    ['closed', resolveContentBuildDate(process.env, CONTENT).date, () => DIST],
  ] as const) {
    it(`measures exactly the cards, texts and sizes the ${name} site's build draws, of every kind`, () => {
      const built = readManifest(dist());
      const { manifest, sizes } = measuredManifest(buildDate);
      expect(new Set(built.cards.map((card) => card.kind))).toEqual(new Set(CARD_KINDS));
      expect(manifest.cards.length).toBe(built.cards.length);
      expect(manifest).toEqual(built);
      for (const card of built.cards)
        expect(sizes.get(`${card.kind}/${card.slug}`), `${card.kind}/${card.slug}`).toEqual(card.sizes.map((size) => size.id));
    });
  }

  it('measures the home card with the headline of the build date, and names its own field', () => {
    const plan = (date: Date) => planCardsOfModel(model, date)!.cards.find((card) => card.kind === 'site')!;
    expect(plan(OPEN_DATE)).toMatchObject({ title: site.tagline, fields: { title: 'tagline' } });
    expect(plan(new Date(Date.UTC(2022, 0, 1)))).toMatchObject({ title: site.closedTagline, fields: { title: 'closedTagline' } });
    expect(cardSizes(planCardsOfModel(model, OPEN_DATE)!, plan(OPEN_DATE)).length).toBeGreaterThan(1);
  });
});
