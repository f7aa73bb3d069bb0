import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CARDS_PER_EXTRA_WORKER, createCardRenderer, type CardRenderer } from './card-renderer.ts';
import { CARD_SIZES } from './card-types.ts';
import { testBrand, testSpec } from './test-fixtures.ts';

const root = process.cwd();
const renderers: CardRenderer[] = [];
function renderer(options: { cardsPerExtraWorker?: number } = {}): CardRenderer {
  const made = createCardRenderer({ root, cacheDir: mkdtempSync(path.join(os.tmpdir(), 'oogst-card-cache-')), ...options });
  renderers.push(made);
  return made;
}
afterAll(async () => {
  await Promise.all(renderers.map((made) => made.close()));
});

/** Four different cards at the smallest size, queued at once as the cards integration queues a build's cards. */
function drawFour(made: CardRenderer) {
  const smallest = [...CARD_SIZES].sort((a, b) => a.width * a.height - b.width * b.height)[0]!;
  return Promise.all([1, 2, 3, 4].map((n) => made.render(testSpec({ title: `Kop ${n}` }), testBrand, smallest)));
}

describe('the card renderer starts its workers as the queue needs them', () => {
  it('draws a short queue on one worker thread', async () => {
    expect(CARDS_PER_EXTRA_WORKER).toBeGreaterThan(4);
    const made = renderer();
    expect(made.startedWorkers()).toBe(0);
    await drawFour(made);
    expect(made.stats().rendered).toBe(4);
    expect(made.startedWorkers()).toBe(1);
  });

  it('starts a second worker when more cards wait than one worker should draw alone', async () => {
    const made = renderer({ cardsPerExtraWorker: 2 });
    await drawFour(made);
    expect(made.stats().rendered).toBe(4);
    expect(made.startedWorkers()).toBe(2);
  });
});
