/**
 * node scripts/bench/draw-cards.ts [--cards 200] [--phases]
 *
 * Draws synthetic story, theme and insight cards through the build's own code (renderCard, in
 * this thread) and prints the median CPU per card size. With --phases it also times satori
 * (layout and SVG), resvg (rasterising) and PNG encoding apart. Run it under
 * `node --cpu-prof` to see where the time goes.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { planCards, cardSizes } from '../../src/cards/card-plan.ts';
import { drawCardSvg, encodeCardPng, rasteriseCardSvg, renderCard } from '../../src/cards/render-card.ts';
import { testSources } from '../../src/cards/test-fixtures.ts';
import { CARD_SIZES } from '../../src/cards/card-types.ts';
import { median } from '../../src/cards/median.ts';

const { values } = parseArgs({ options: { cards: { type: 'string', default: '200' }, phases: { type: 'boolean', default: false } } });
const count = Number(values.cards);
const root = path.resolve(import.meta.dirname, '../..');
const words = 'de buurt hielp elkaar met boodschappen en een praatje op straat toen alles stil lag in het land'.split(' ');
const sentence = (seed: number, length: number) =>
  Array.from({ length }, (_, index) => words[(seed * 7 + index * 13) % words.length]).join(' ');
const stories = Array.from({ length: count }, (_, index) => ({
  slug: `verhaal-${index}`,
  source: `content/stories/verhaal-${index}.mdx`,
  title: `Verhaal ${index}: ${sentence(index, 4)}`,
  pullQuote: `${sentence(index, 12 + (index % 9))}.`,
  themes: ['wonen'],
  example: true,
}));
const plan = planCards({ ...testSources, stories, site: { ...testSources.site, cards: { allStorySizes: true } } });
const cards = plan.cards.filter((card) => card.kind === 'story').slice(0, count);
const cpu = () => {
  const used = process.threadCpuUsage?.() ?? process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const perCard: number[] = [];
const perSize = new Map<string, number[]>();
const phases = { satori: [] as number[], resvg: [] as number[], png: [] as number[] };
// One card first, outside the figures: fonts are parsed once per worker, as in the build.
await renderCard(root, cards[0]!, plan.brand, CARD_SIZES[0]!);
const started = performance.now();
let drawn = 0;
for (const card of cards) {
  for (const size of cardSizes(plan, card)) {
    if (drawn >= count) break;
    drawn++;
    if (values.phases) {
      const a = cpu();
      const { svg } = await drawCardSvg(root, card, plan.brand, size);
      const b = cpu();
      const image = rasteriseCardSvg(svg);
      const c = cpu();
      await encodeCardPng(image);
      const d = cpu();
      phases.satori.push(b - a);
      phases.resvg.push(c - b);
      phases.png.push(d - c);
      perCard.push(d - a);
      perSize.set(size.id, [...(perSize.get(size.id) ?? []), d - a]);
    } else {
      const a = cpu();
      await renderCard(root, card, plan.brand, size);
      perCard.push(cpu() - a);
      perSize.set(size.id, [...(perSize.get(size.id) ?? []), cpu() - a]);
    }
  }
}
const fmt = (list: number[]) => `${median(list)!.toFixed(1)} ms`;
console.log(`${drawn} kaarten in ${((performance.now() - started) / 1000).toFixed(1)} s; mediaan CPU per kaart ${fmt(perCard)}`);
console.log(`per formaat: ${[...perSize].map(([id, list]) => `${id} ${fmt(list)}`).join(', ')}`);
if (values.phases) console.log(`satori ${fmt(phases.satori)}, resvg ${fmt(phases.resvg)}, png ${fmt(phases.png)}`);
